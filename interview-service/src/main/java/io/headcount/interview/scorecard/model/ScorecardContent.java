package io.headcount.interview.scorecard.model;

import io.headcount.events.Recommendation;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an interviewer records: ratings per focus attribute, notes per question, a recommendation, free notes. */
public record ScorecardContent(List<Rating> ratings, List<QuestionNote> questionNotes, Recommendation recommendation,
                               String notes) {

    public ScorecardContent {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        questionNotes = questionNotes == null ? List.of() : List.copyOf(questionNotes);
    }

    /** Checks what a draft may hold: ratings of the stage's attributes only, 1 to 4, each once. */
    void validate(List<String> focusAttributes) {
        Set<String> rated = new HashSet<>();
        for (int i = 0; i < ratings.size(); i++) {
            Rating rating = ratings.get(i);
            if (rating == null || !focusAttributes.contains(rating.attribute())) {
                throw new InvalidFieldException("ratings[" + i + "].attribute", "must be one of the stage's focus "
                        + "attributes " + focusAttributes);
            }
            if (rating.rating() < 1 || rating.rating() > 4) {
                throw new InvalidFieldException("ratings[" + i + "].rating", "must be 1 (strong no) to 4 (strong yes)");
            }
            if (!rated.add(rating.attribute())) {
                throw new InvalidFieldException("ratings[" + i + "].attribute", "'" + rating.attribute()
                        + "' is rated twice");
            }
        }
        if (questionNotes.size() > 30) {
            throw new InvalidFieldException("questionNotes", "at most 30 notes");
        }
        for (int i = 0; i < questionNotes.size(); i++) {
            QuestionNote note = questionNotes.get(i);
            if (note == null || note.questionId() == null || note.questionId().isBlank()
                    || note.note() == null || note.note().length() > 2000) {
                throw new InvalidFieldException("questionNotes[" + i + "]", "needs a questionId and a note of at "
                        + "most 2000 characters");
            }
        }
        if (notes != null && notes.length() > 5000) {
            throw new InvalidFieldException("notes", "at most 5000 characters");
        }
    }

    /** A submitted scorecard rates every focus attribute and recommends. */
    void validateComplete(List<String> focusAttributes) {
        validate(focusAttributes);
        List<String> rated = ratings.stream().map(Rating::attribute).toList();
        focusAttributes.stream().filter(attribute -> !rated.contains(attribute)).findFirst().ifPresent(missing -> {
            throw new InvalidFieldException("ratings", "a submitted scorecard rates every focus attribute; '"
                    + missing + "' is missing");
        });
        if (recommendation == null) {
            throw new InvalidFieldException("recommendation", "a submitted scorecard recommends: STRONG_NO, NO, YES "
                    + "or STRONG_YES");
        }
    }

    ScorecardContent withoutNotes() {
        return new ScorecardContent(ratings, List.of(), recommendation, null);
    }
}
