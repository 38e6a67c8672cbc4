package io.headcount.interview.plan.web;

import io.headcount.events.InterviewStage;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.plan.model.StageFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "The ordered stages of a requisition's interview plan")
record PlanRequest(@NotNull @Size(min = 1, max = 12) List<@Valid @NotNull StageBody> stages) {

    @Schema(description = "One stage")
    record StageBody(
            @Schema(example = "technical-live", description = "unique in the plan; lower-case letters, digits, '-'")
            @NotNull @Size(max = 40) String key,
            @Schema(example = "TECHNICAL") @NotNull InterviewStage kind,
            @Schema(example = "Live coding exercise") @NotNull @Size(max = 100) String name,
            @Schema(example = "LIVE_EXERCISE", description = "TECHNICAL stages only") StageFormat format,
            @Schema(example = "60", description = "length of the interview; not for TAKE_HOME") Integer durationMinutes,
            @Schema(example = "72", description = "TAKE_HOME only: time the candidate gets") Integer allowanceHours,
            @Schema(example = "[\"problem solving\", \"code quality\"]") @NotNull @Size(min = 1, max = 12)
            List<@NotNull @Size(min = 1, max = 60) String> focusAttributes,
            @Schema(description = "the stage's interview kit: question ids of the team's bank") @Size(max = 30)
            List<@NotNull @Size(max = 64) String> questionIds,
            @Schema(example = "1", description = "submitted scorecards a decision needs; default 0")
            Integer minScorecards) {

        PlanStage toModel() {
            return new PlanStage(key, kind, name == null ? null : name.trim(), format, durationMinutes,
                    allowanceHours, focusAttributes, questionIds, minScorecards == null ? 0 : minScorecards);
        }
    }

    List<PlanStage> toModel() {
        return stages.stream().map(StageBody::toModel).toList();
    }
}
