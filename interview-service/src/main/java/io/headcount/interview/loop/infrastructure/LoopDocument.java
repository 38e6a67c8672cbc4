package io.headcount.interview.loop.infrastructure;

import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.interview.loop.model.StageResult;
import io.headcount.interview.plan.model.PlanStage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A loop as stored; {@code candidacyKey} is unique, so a candidacy's loop is opened once. The stages it copied from
 * its plan are a shared, immutable stage set ({@link StageSets}), referenced by {@code stageSetId}.
 */
@Document("interview_loops")
record LoopDocument(@Id String id, String teamId, long version, String candidacyKey, String candidateId,
                    String requisitionId, String candidateName, LoopStatus status, long planVersion,
                    String stageSetId, List<StageResult> results, Instant openedAt) {

    static LoopDocument from(InterviewLoop loop, String stageSetId) {
        return new LoopDocument(loop.id(), loop.teamId(), loop.version(), loop.candidacy().key(),
                loop.candidateId(), loop.requisitionId(), loop.candidateName(), loop.status(), loop.planVersion(),
                stageSetId, loop.results(), loop.openedAt());
    }

    InterviewLoop toModel(List<PlanStage> stages) {
        return new InterviewLoop(id, new Candidacy(teamId, candidateId, requisitionId), candidateName, status,
                planVersion, stages, results == null ? List.of() : results, openedAt, version);
    }
}
