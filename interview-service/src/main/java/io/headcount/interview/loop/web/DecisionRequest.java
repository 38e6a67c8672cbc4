package io.headcount.interview.loop.web;

import io.headcount.events.InterviewStage;
import io.headcount.interview.loop.model.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Closes the loop's current stage")
record DecisionRequest(
        @Schema(description = "the stage being decided; must be the loop's current stage",
                example = "RECRUITER_SCREEN") @NotNull InterviewStage stage,
        @Schema(example = "ADVANCE") @NotNull Decision decision,
        @Schema(example = "strong communication, clear on trade-offs") @Size(max = 1000) String reason) {
}
