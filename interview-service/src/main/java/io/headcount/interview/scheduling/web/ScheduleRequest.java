package io.headcount.interview.scheduling.web;

import io.headcount.interview.scheduling.model.Booking;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Schema(description = "Book an interview for a stage of a loop: who, when (UTC, on a 5-minute step), where")
record ScheduleRequest(
        @Schema(example = "0192f4c1a2b3c4d5e6f708192a3b4c5d") @NotBlank @Size(max = 64) String loopId,
        @Schema(example = "technical-live", description = "the stage's key in the loop's plan") @NotBlank
        @Size(max = 40) String stageKey,
        @Schema(example = "[\"ivan\"]", description = "user ids of the interviewers (1 to 8)") @NotNull
        @Size(min = 1, max = 8) List<@NotNull @Size(max = 64) String> interviewerIds,
        @Schema(example = "2026-12-01T10:00:00Z") @NotNull Instant startsAt,
        @Schema(example = "2026-12-01T11:00:00Z") @NotNull Instant endsAt,
        @Schema(example = "Europe/Berlin") @NotNull @Size(max = 64) String candidateTimeZone,
        @Schema(example = "Room 4.01, Alexanderplatz office") @Size(max = 200) String location,
        @Schema(example = "https://meet.example.com/abc-defg-hij") @Size(max = 500) String videoLink) {

    Booking toBooking() {
        return new Booking(interviewerIds, startsAt, endsAt, candidateTimeZone, location, videoLink);
    }
}
