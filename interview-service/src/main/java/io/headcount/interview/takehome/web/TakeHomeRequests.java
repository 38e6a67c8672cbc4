package io.headcount.interview.takehome.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

final class TakeHomeRequests {

    private TakeHomeRequests() {
    }

    @Schema(description = "Give the candidate a take-home for a TAKE_HOME stage; it is due after the stage's allowance")
    record Assign(
            @Schema(example = "0192f4c1a2b3c4d5e6f708192a3b4c5d") @NotBlank @Size(max = 64) String loopId,
            @Schema(example = "technical-take-home") @NotBlank @Size(max = 40) String stageKey,
            @Schema(example = "exercises/order-book-service", description = "which exercise is given") @NotBlank
            @Size(max = 200) String exerciseRef,
            @Schema(example = "[\"ivan\"]", description = "who reviews the submission") @NotNull
            @Size(min = 1, max = 8) List<@NotBlank @Size(max = 64) String> reviewerIds) {
    }

    @Schema(description = "What the candidate handed in")
    record Submission(@Schema(example = "https://github.com/ada/order-book") @NotBlank @Size(max = 500)
                      String submissionRef) {
    }

    @Schema(description = "A later deadline, and why")
    record Extension(@Schema(example = "2026-12-08T17:00:00Z") @NotNull Instant deadline,
                     @Schema(example = "candidate travelling") @NotBlank @Size(max = 500) String reason) {
    }
}
