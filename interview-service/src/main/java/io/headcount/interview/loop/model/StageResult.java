package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;

import java.time.Instant;
import java.util.List;

/**
 * How one stage of a loop ended: who decided what, when, why, and the submitted scorecards the decision rests on.
 * Pending stages have no result yet.
 */
public record StageResult(String stageKey, InterviewStage stage, Decision decision, String decidedBy,
                          Instant decidedAt, String reason, List<String> scorecardIds) {

    public StageResult {
        scorecardIds = scorecardIds == null ? List.of() : List.copyOf(scorecardIds);
    }

    StageResult withoutReason() {
        return new StageResult(stageKey, stage, decision, decidedBy, decidedAt, null, scorecardIds);
    }
}
