package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's interviews for one requisition, stage by stage in a fixed order. Each stage ends with a decision:
 * advance (ScreenPassed; after the last stage also InterviewLoopCompleted) or reject (ScreenFailed, loop over).
 */
public record InterviewLoop(String id, String teamId, String candidateId, String requisitionId, String candidateName,
                           LoopStatus status, List<StageResult> results, Instant openedAt, long version) {

    public InterviewLoop {
        results = List.copyOf(results);
    }

    public static InterviewLoop open(String id, String teamId, String candidateId, String requisitionId,
                                     String candidateName, Instant now) {
        return new InterviewLoop(id, teamId, candidateId, requisitionId, candidateName, LoopStatus.OPEN, List.of(),
                now, 1);
    }

    /** The stage waiting for a decision, if the loop is still open. */
    public Optional<InterviewStage> currentStage() {
        if (status != LoopStatus.OPEN) {
            return Optional.empty();
        }
        List<InterviewStage> stages = InterviewStage.inOrder();
        return results.size() < stages.size() ? Optional.of(stages.get(results.size())) : Optional.empty();
    }

    public Changed<InterviewLoop> decide(InterviewStage stage, Decision decision, String reason, String decidedBy,
                                        Instant now) {
        if (status != LoopStatus.OPEN) {
            throw new ConflictException("interview loop " + id + " is " + status + "; no stage can be decided");
        }
        InterviewStage current = currentStage().orElseThrow();
        if (stage != current) {
            throw new InvalidFieldException("stage", "the loop is at " + current + "; stages are decided in order");
        }
        List<StageResult> decided = new ArrayList<>(results);
        decided.add(new StageResult(stage, decision, decidedBy, now));
        if (decision == Decision.REJECT) {
            return Changed.of(with(LoopStatus.REJECTED, decided),
                    new ScreenFailed(id, candidateId, requisitionId, stage, reason));
        }
        ScreenPassed passed = new ScreenPassed(id, candidateId, requisitionId, stage);
        if (decided.size() == InterviewStage.inOrder().size()) {
            return Changed.of(with(LoopStatus.COMPLETED, decided), passed,
                    new InterviewLoopCompleted(id, candidateId, requisitionId));
        }
        return Changed.of(with(LoopStatus.OPEN, decided), passed);
    }

    /** The candidate withdrew: an open loop closes; a finished one keeps its outcome. */
    public InterviewLoop closeOnWithdrawal() {
        return status == LoopStatus.OPEN || status == LoopStatus.COMPLETED ? with(LoopStatus.CLOSED, results) : this;
    }

    public InterviewLoop markHired() {
        return status == LoopStatus.COMPLETED ? with(LoopStatus.HIRED, results) : this;
    }

    /** GDPR erasure: the name goes, the anonymous facts (stages reached, dates) stay. */
    public InterviewLoop erasePersonalData() {
        return new InterviewLoop(id, teamId, candidateId, requisitionId, null, status, results, openedAt, version);
    }

    private InterviewLoop with(LoopStatus newStatus, List<StageResult> newResults) {
        return new InterviewLoop(id, teamId, candidateId, requisitionId, candidateName, newStatus, newResults,
                openedAt, version);
    }
}
