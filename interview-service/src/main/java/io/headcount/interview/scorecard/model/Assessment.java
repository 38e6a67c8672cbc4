package io.headcount.interview.scorecard.model;

import java.util.List;

/**
 * What a scorecard judges: an interview, or a take-home submission. {@code assessorIds} may write scorecards for
 * it (interviewers, reviewers); {@code focusAttributes} are the stage's competencies to rate.
 */
public record Assessment(String id, String teamId, String loopId, String candidateId, String requisitionId,
                         String stageKey, List<String> assessorIds, List<String> focusAttributes) {

    public Assessment {
        assessorIds = List.copyOf(assessorIds);
        focusAttributes = List.copyOf(focusAttributes);
    }
}
