package io.headcount.interview.scorecard.infrastructure;

import io.headcount.events.Recommendation;
import io.headcount.interview.scorecard.model.Amendment;
import io.headcount.interview.scorecard.model.Assessment;
import io.headcount.interview.scorecard.model.QuestionNote;
import io.headcount.interview.scorecard.model.Rating;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.scorecard.model.ScorecardContent;
import io.headcount.interview.scorecard.model.ScorecardStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** {@code authorKey} (assessment|interviewer) is unique: one scorecard per interviewer and assessment. */
@Document("scorecards")
record ScorecardDocument(@Id String id, String teamId, long version, String authorKey, String assessmentId,
                         String loopId, String candidateId, String requisitionId, String stageKey,
                         List<String> assessorIds, List<String> focusAttributes, String interviewerId,
                         List<Rating> ratings, List<QuestionNote> questionNotes, Recommendation recommendation,
                         String notes, ScorecardStatus status, Instant submittedAt, List<Amendment> amendments) {

    static ScorecardDocument from(Scorecard scorecard) {
        Assessment assessment = scorecard.assessment();
        ScorecardContent content = scorecard.content();
        return new ScorecardDocument(scorecard.id(), assessment.teamId(), scorecard.version(),
                authorKey(assessment.id(), scorecard.interviewerId()), assessment.id(), assessment.loopId(),
                assessment.candidateId(), assessment.requisitionId(), assessment.stageKey(),
                assessment.assessorIds(), assessment.focusAttributes(), scorecard.interviewerId(), content.ratings(),
                content.questionNotes().isEmpty() ? null : content.questionNotes(), content.recommendation(),
                content.notes(), scorecard.status(), scorecard.submittedAt(),
                scorecard.amendments().isEmpty() ? null : scorecard.amendments());
    }

    static String authorKey(String assessmentId, String interviewerId) {
        return assessmentId + "|" + interviewerId;
    }

    Scorecard toModel() {
        return new Scorecard(id, new Assessment(assessmentId, teamId, loopId, candidateId, requisitionId, stageKey,
                assessorIds == null ? List.of() : assessorIds, focusAttributes == null ? List.of() : focusAttributes),
                interviewerId, new ScorecardContent(ratings, questionNotes, recommendation, notes), status,
                submittedAt, amendments, version);
    }
}
