package io.headcount.interview.loop.web;

import io.headcount.events.InterviewStage;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.interview.loop.model.StageResult;

import java.time.Instant;
import java.util.List;

record LoopResponse(String id, String teamId, String candidateId, String requisitionId, String candidateName,
                    LoopStatus status, InterviewStage currentStage, List<StageResult> results, Instant openedAt,
                    long version) {

    static LoopResponse of(InterviewLoop loop) {
        return new LoopResponse(loop.id(), loop.teamId(), loop.candidateId(), loop.requisitionId(),
                loop.candidateName(), loop.status(), loop.currentStage().orElse(null), loop.results(),
                loop.openedAt(), loop.version());
    }
}
