package io.headcount.interview.scorecard.web;

import io.headcount.events.Recommendation;
import io.headcount.interview.scorecard.model.Amendment;
import io.headcount.interview.scorecard.model.QuestionNote;
import io.headcount.interview.scorecard.model.Rating;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.scorecard.model.ScorecardStatus;

import java.time.Instant;
import java.util.List;

record ScorecardResponse(String id, String teamId, String assessmentId, String loopId, String candidateId,
                         String requisitionId, String stageKey, String interviewerId, List<String> focusAttributes,
                         List<Rating> ratings, List<QuestionNote> questionNotes, Recommendation recommendation,
                         String notes, ScorecardStatus status, Instant submittedAt, List<Amendment> amendments,
                         long version) {

    static ScorecardResponse of(Scorecard scorecard) {
        var assessment = scorecard.assessment();
        var content = scorecard.content();
        return new ScorecardResponse(scorecard.id(), assessment.teamId(), assessment.id(), assessment.loopId(),
                assessment.candidateId(), assessment.requisitionId(), assessment.stageKey(),
                scorecard.interviewerId(), assessment.focusAttributes(), content.ratings(), content.questionNotes(),
                content.recommendation(), content.notes(), scorecard.status(), scorecard.submittedAt(),
                scorecard.amendments(), scorecard.version());
    }
}
