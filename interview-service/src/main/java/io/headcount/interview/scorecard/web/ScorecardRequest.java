package io.headcount.interview.scorecard.web;

import io.headcount.events.Recommendation;
import io.headcount.interview.scorecard.model.QuestionNote;
import io.headcount.interview.scorecard.model.Rating;
import io.headcount.interview.scorecard.model.ScorecardContent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A scorecard's content: a 1-4 rating per focus attribute of the stage, notes per question of "
        + "the kit, a recommendation and free notes (notes are never published)")
record ScorecardRequest(
        @Schema(description = "new scorecards only: the interview or take-home it judges",
                example = "0192f4c1a2b3c4d5e6f708192a3b4c5d") @Size(max = 64) String assessmentId,
        @Size(max = 12) List<@Valid @NotNull RatingBody> ratings,
        @Size(max = 30) List<@Valid @NotNull NoteBody> questionNotes,
        @Schema(example = "YES") Recommendation recommendation,
        @Schema(example = "Clean decomposition; talked through the trade-offs of an index") @Size(max = 5000)
        String notes,
        @Schema(description = "new scorecards: submit at once instead of saving a draft") Boolean submit,
        @Schema(description = "required when changing a submitted scorecard", example = "mixed up two attributes")
        @Size(max = 500) String amendReason) {

    record RatingBody(@Schema(example = "problem solving") @NotBlank @Size(max = 60) String attribute,
                      @Schema(example = "3", minimum = "1", maximum = "4") @NotNull Integer rating) {
    }

    record NoteBody(@NotBlank @Size(max = 64) String questionId, @NotNull @Size(max = 2000) String note) {
    }

    ScorecardContent toContent() {
        return new ScorecardContent(
                ratings == null ? List.of() : ratings.stream().map(r -> new Rating(r.attribute(), r.rating())).toList(),
                questionNotes == null ? List.of()
                        : questionNotes.stream().map(n -> new QuestionNote(n.questionId(), n.note())).toList(),
                recommendation, notes);
    }
}
