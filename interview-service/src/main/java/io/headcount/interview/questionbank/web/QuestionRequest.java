package io.headcount.interview.questionbank.web;

import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.interview.questionbank.model.Rubric;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A question for the bank, or its new content")
record QuestionRequest(
        @Schema(description = "team of a new question; defaults to the caller's only team", example = "team-a")
        @Size(max = 64) String teamId,
        @Schema(example = "DATABASES") @NotNull QuestionCategory category,
        @Schema(example = "When will you choose RDBMS, and when will you choose NoSQL database?") @NotBlank
        @Size(max = 1000) String text,
        @Schema(example = "L3", description = "lowest level it suits; default L1")
        @Pattern(regexp = "L[1-9]", message = "must be a level from L1 to L9") String minLevel,
        @Schema(example = "L6", description = "highest level it suits; default L9")
        @Pattern(regexp = "L[1-9]", message = "must be a level from L1 to L9") String maxLevel,
        @Schema(example = "[\"sql\", \"mongodb\"]") @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags,
        @Schema(description = "what a strong and a weak answer show") RubricBody rubric,
        @Schema(description = "archived questions stay in the kits that use them but leave searches; default false")
        Boolean archived) {

    record RubricBody(@Size(max = 1000) String strong, @Size(max = 1000) String weak) {
    }

    Rubric toRubric() {
        return rubric == null ? null : new Rubric(rubric.strong(), rubric.weak());
    }
}
