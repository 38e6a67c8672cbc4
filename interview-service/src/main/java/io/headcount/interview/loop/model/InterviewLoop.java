package io.headcount.interview.loop.model;

import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's interviews for one requisition, stage by stage in the order of the plan the loop started with (a
 * copy: editing the requisition's plan later never rewrites this loop). Each stage ends with a decision: advance
 * (ScreenPassed; after the last stage also InterviewLoopCompleted) or reject (ScreenFailed, loop over).
 */
public record InterviewLoop(String id, Candidacy candidacy, String candidateName, LoopStatus status,
                            long planVersion, List<PlanStage> stages, List<StageResult> results, Instant openedAt,
                            long version) {

    public InterviewLoop {
        stages = List.copyOf(stages);
        results = List.copyOf(results);
    }

    public static InterviewLoop open(String id, Candidacy candidacy, String candidateName, long planVersion,
                                     List<PlanStage> stages, Instant now) {
        return new InterviewLoop(id, candidacy, candidateName, LoopStatus.OPEN, planVersion, stages, List.of(), now,
                1);
    }

    public String teamId() {
        return candidacy.teamId();
    }

    public String candidateId() {
        return candidacy.candidateId();
    }

    public String requisitionId() {
        return candidacy.requisitionId();
    }

    /** The stage waiting for a decision, if the loop is still open. */
    public Optional<PlanStage> currentStage() {
        if (status != LoopStatus.OPEN || results.size() >= stages.size()) {
            return Optional.empty();
        }
        return Optional.of(stages.get(results.size()));
    }

    /**
     * The result of a stage decided earlier, named by its key (or by its kind when the current stage is not of that
     * kind): deciding it again is a conflict, whoever asks.
     */
    public Optional<StageResult> earlierDecisionOf(String stageReference) {
        if (currentStage().filter(current -> current.isNamedBy(stageReference)).isPresent()) {
            return Optional.empty();
        }
        return results.stream().filter(result -> result.stageKey().equals(stageReference)).findFirst()
                .or(() -> results.stream().filter(result -> result.stage().name().equals(stageReference))
                        .reduce((first, later) -> later));
    }

    public Optional<PlanStage> stage(String key) {
        return stages.stream().filter(stage -> stage.key().equals(key)).findFirst();
    }

    /**
     * Decides the current stage, named by its key (or its kind, which is unambiguous when the kind is current).
     * The decision rests on the stage's submitted scorecards and needs at least the plan's minimum of them.
     */
    public Changed<InterviewLoop, InterviewLoopEvent> decide(String stageReference, Decision decision, String reason, String decidedBy,
                                         List<String> submittedScorecardIds, Instant now) {
        Optional<StageResult> earlier = earlierDecisionOf(stageReference);
        if (earlier.isPresent()) {
            throw new ConflictException("stage " + earlier.get().stageKey() + " of interview loop " + id
                    + " is already decided (" + earlier.get().decision() + "); a decision is not repeated");
        }
        if (status != LoopStatus.OPEN) {
            throw new ConflictException("interview loop " + id + " is " + status + "; no stage can be decided");
        }
        PlanStage current = currentStage().orElseThrow();
        if (!current.isNamedBy(stageReference)) {
            throw new InvalidFieldException("stage", "the loop is at " + current.key() + " (" + current.kind()
                    + "); stages are decided in order");
        }
        if (submittedScorecardIds.size() < current.minScorecards()) {
            throw new ConflictException("stage " + current.key() + " needs " + current.minScorecards()
                    + " submitted scorecard(s) before a decision; it has " + submittedScorecardIds.size());
        }
        List<StageResult> decided = new ArrayList<>(results);
        decided.add(new StageResult(current.key(), current.kind(), decision, decidedBy, now, reason,
                submittedScorecardIds));
        if (decision == Decision.REJECT) {
            return Changed.of(with(LoopStatus.REJECTED, decided),
                    new ScreenFailed(id, candidateId(), requisitionId(), current.kind(), reason, current.key()));
        }
        ScreenPassed passed = new ScreenPassed(id, candidateId(), requisitionId(), current.kind(), current.key());
        if (decided.size() == stages.size()) {
            return Changed.of(with(LoopStatus.COMPLETED, decided), passed,
                    new InterviewLoopCompleted(id, candidateId(), requisitionId()));
        }
        return Changed.of(with(LoopStatus.OPEN, decided), passed);
    }

    /** The candidate withdrew, or the requisition closed: an open loop closes; a finished one keeps its outcome. */
    public InterviewLoop close() {
        return status == LoopStatus.OPEN || status == LoopStatus.COMPLETED ? with(LoopStatus.CLOSED, results) : this;
    }

    /**
     * The candidate accepted an offer. The requisition they filled may have closed the loop first (RequisitionClosed
     * and OfferAccepted travel on different topics), so a closed loop whose every stage passed is hired too.
     */
    public InterviewLoop markHired() {
        return status == LoopStatus.COMPLETED || status == LoopStatus.CLOSED && passedEveryStage()
                ? with(LoopStatus.HIRED, results) : this;
    }

    /** Every stage of the plan decided ADVANCE: the interviews are over, whatever happens to the loop after. */
    public boolean passedEveryStage() {
        return results.size() == stages.size()
                && results.stream().allMatch(result -> result.decision() == Decision.ADVANCE);
    }

    public boolean isOpen() {
        return status == LoopStatus.OPEN;
    }

    /** GDPR erasure: the name and the free-text reasons go; the anonymous facts (stages, decisions, dates) stay. */
    public InterviewLoop erasePersonalData() {
        return new InterviewLoop(id, candidacy, null, status, planVersion, stages,
                results.stream().map(StageResult::withoutReason).toList(), openedAt, version);
    }

    private InterviewLoop with(LoopStatus newStatus, List<StageResult> newResults) {
        return new InterviewLoop(id, candidacy, candidateName, newStatus, planVersion, stages, newResults, openedAt,
                version);
    }
}
