package io.headcount.interview.scheduling.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Book an interview for a stage of a loop")
record ScheduleRequest(
        @Schema(example = "0192f4c1a2b3c4d5e6f708192a3b4c5d") @NotBlank @Size(max = 64) String loopId,
        @Schema(example = "technical-live", description = "the stage's key in the loop's plan") @NotBlank
        @Size(max = 40) String stageKey,
        @Schema(description = "who, when, where") @NotNull @Valid BookingRequest booking) {
}
