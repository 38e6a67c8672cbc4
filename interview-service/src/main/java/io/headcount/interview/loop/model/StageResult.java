package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;

import java.time.Instant;

/** How one stage of a loop ended: who decided, what, when. Pending stages have no result yet. */
public record StageResult(InterviewStage stage, Decision decision, String decidedBy, Instant decidedAt) {
}
