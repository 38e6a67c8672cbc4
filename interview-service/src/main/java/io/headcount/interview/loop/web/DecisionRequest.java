package io.headcount.interview.loop.web;

import io.headcount.interview.loop.model.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Closes the loop's current stage")
record DecisionRequest(
        @Schema(description = "the stage being decided, by its key in the loop's plan (or its kind, e.g. "
                + "RECRUITER_SCREEN); must be the loop's current stage", example = "recruiter-screen")
        @NotBlank @Size(max = 40) String stage,
        @Schema(example = "ADVANCE") @NotNull Decision decision,
        @Schema(description = "why; kept with the decision (not published: it may name people) and erased with the "
                + "candidate", example = "strong communication, clear on trade-offs") @Size(max = 1000) String reason) {
}
