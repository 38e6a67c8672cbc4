package io.headcount.interview.takehome.infrastructure;

import io.headcount.interview.takehome.model.DeadlineExtension;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.interview.takehome.model.TakeHomeStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** {@code stageSlot} (loop|stage) is unique: one take-home per stage of a loop. */
@Document("take_homes")
record TakeHomeDocument(@Id String id, String teamId, long version, String stageSlot, String loopId,
                        String candidateId, String requisitionId, String stageKey, String exerciseRef,
                        List<String> reviewerIds, Instant assignedAt, Instant deadline, TakeHomeStatus status,
                        String submissionRef, Instant submittedAt, List<DeadlineExtension> extensions,
                        List<String> reviewScorecardIds) {

    static TakeHomeDocument from(TakeHome takeHome) {
        return new TakeHomeDocument(takeHome.id(), takeHome.teamId(), takeHome.version(),
                stageSlot(takeHome.teamId(), takeHome.loopId(), takeHome.stageKey()), takeHome.loopId(),
                takeHome.candidateId(), takeHome.requisitionId(), takeHome.stageKey(), takeHome.exerciseRef(),
                takeHome.reviewerIds(), takeHome.assignedAt(), takeHome.deadline(), takeHome.status(),
                takeHome.submissionRef(), takeHome.submittedAt(), takeHome.extensions(),
                takeHome.reviewScorecardIds());
    }

    static String stageSlot(String teamId, String loopId, String stageKey) {
        return teamId + "|" + loopId + "|" + stageKey;
    }

    TakeHome toModel() {
        return new TakeHome(id, teamId, loopId, candidateId, requisitionId, stageKey, exerciseRef, reviewerIds,
                assignedAt, deadline, status, submissionRef, submittedAt, extensions, reviewScorecardIds, version);
    }
}
