package io.headcount.interview.takehome.web;

import io.headcount.interview.takehome.model.DeadlineExtension;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.interview.takehome.model.TakeHomeStatus;

import java.time.Instant;
import java.util.List;

record TakeHomeResponse(String id, String teamId, String loopId, String candidateId, String requisitionId,
                        String stageKey, String exerciseRef, List<String> reviewerIds, Instant assignedAt,
                        Instant deadline, TakeHomeStatus status, String submissionRef, Instant submittedAt,
                        List<DeadlineExtension> extensions, List<String> reviewScorecardIds, long version) {

    static TakeHomeResponse of(TakeHome takeHome) {
        return new TakeHomeResponse(takeHome.id(), takeHome.teamId(), takeHome.loopId(), takeHome.candidateId(),
                takeHome.requisitionId(), takeHome.stageKey(), takeHome.exerciseRef(), takeHome.reviewerIds(),
                takeHome.assignedAt(), takeHome.deadline(), takeHome.status(), takeHome.submissionRef(),
                takeHome.submittedAt(), takeHome.extensions(), takeHome.reviewScorecardIds(), takeHome.version());
    }
}
