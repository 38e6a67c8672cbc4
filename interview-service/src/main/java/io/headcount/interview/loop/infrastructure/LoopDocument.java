package io.headcount.interview.loop.infrastructure;

import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.interview.loop.model.StageResult;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A loop as stored; {@code candidacyKey} (candidate|requisition) is unique, so a loop is opened once. */
@Document("interview_loops")
record LoopDocument(@Id String id, String teamId, long version, String candidacyKey, String candidateId,
                    String requisitionId, String candidateName, LoopStatus status, List<StageResult> results,
                    Instant openedAt) {

    static LoopDocument from(InterviewLoop loop) {
        return new LoopDocument(loop.id(), loop.teamId(), loop.version(),
                candidacyKey(loop.teamId(), loop.candidateId(), loop.requisitionId()), loop.candidateId(),
                loop.requisitionId(), loop.candidateName(), loop.status(), loop.results(), loop.openedAt());
    }

    static String candidacyKey(String teamId, String candidateId, String requisitionId) {
        return teamId + "|" + candidateId + "|" + requisitionId;
    }

    InterviewLoop toModel() {
        return new InterviewLoop(id, teamId, candidateId, requisitionId, candidateName, status,
                results == null ? List.of() : results, openedAt, version);
    }
}
