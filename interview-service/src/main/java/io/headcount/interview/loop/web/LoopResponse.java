package io.headcount.interview.loop.web;

import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.interview.loop.model.StageResult;
import io.headcount.interview.plan.model.PlanStage;

import java.time.Instant;
import java.util.List;

/** {@code stages} is the plan the loop started with (version {@code planVersion}; 0: the default, before the plan was known). */
record LoopResponse(String id, String teamId, String candidateId, String requisitionId, String candidateName,
                    LoopStatus status, PlanStage currentStage, List<StageResult> results, long planVersion,
                    List<PlanStage> stages, Instant openedAt, long version) {

    static LoopResponse of(InterviewLoop loop) {
        return new LoopResponse(loop.id(), loop.teamId(), loop.candidateId(), loop.requisitionId(),
                loop.candidateName(), loop.status(), loop.currentStage().orElse(null), loop.results(),
                loop.planVersion(), loop.stages(), loop.openedAt(), loop.version());
    }
}
