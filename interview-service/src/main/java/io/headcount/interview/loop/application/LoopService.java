package io.headcount.interview.loop.application;

import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.Decision;
import io.headcount.interview.loop.model.DecisionRights;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.plan.application.PlanService;
import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.ForbiddenException;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

@Service
public class LoopService {

    private final LoopRepository loops;
    private final PlanService plans;
    private final SubmittedScorecards scorecards;
    private final Clock clock;

    /** The roles that decide some kind of stage; interviewers record scorecards instead. */
    private static final Role[] DECIDERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN, Role.APPROVER};

    public LoopService(LoopRepository loops, PlanService plans, SubmittedScorecards scorecards, Clock clock) {
        this.loops = loops;
        this.plans = plans;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /** Every team role reads loops: interviewers see where a candidate is, approvers decide executive screens. */
    public InterviewLoop get(Caller caller, String id) {
        caller.requireTeamMember();
        return loops.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("interview loop", id));
    }

    public List<InterviewLoop> list(Caller caller, String candidateId, String requisitionId, String afterId,
                                   int limit) {
        caller.requireTeamMember();
        return loops.list(caller.teams(), candidateId, requisitionId, afterId, limit);
    }

    /**
     * Closes the current stage: advance (ScreenPassed, maybe InterviewLoopCompleted) or reject (ScreenFailed). Who
     * may decide depends on the stage's kind (see DecisionRights); the decision lists the stage's submitted
     * scorecards and needs the plan's minimum of them.
     */
    public InterviewLoop decide(Caller caller, String id, String stage, Decision decision, String reason) {
        caller.requireAnyRole(DECIDERS);
        return OnLatest.retry(() -> {
            InterviewLoop loop = get(caller, id);
            loop.currentStage().filter(current -> loop.earlierDecisionOf(stage).isEmpty()).ifPresent(current -> {
                InterviewPlan plan = plans.currentFor(loop.teamId(), loop.requisitionId());
                DecisionRights.refusal(current.kind(), caller.roles(), plan.isHiringManager(caller.userId()))
                        .ifPresent(needed -> {
                            throw new ForbiddenException(needed);
                        });
            });
            List<String> submitted = loop.currentStage()
                    .map(current -> scorecards.submittedIds(loop.id(), current.key())).orElse(List.of());
            loops.save(loop, loop.decide(stage, decision, reason, caller.userId(), submitted, clock.instant()));
            return get(caller, id);
        });
    }

    /** A loop of the caller's teams that is still open, at a stage of its plan: what bookings and take-homes need. */
    public InterviewLoop openLoopWithStage(Caller caller, String loopId, String stageKey) {
        InterviewLoop loop = get(caller, loopId);
        if (!loop.isOpen()) {
            throw new io.headcount.plumbing.domain.ConflictException("interview loop " + loopId + " is "
                    + loop.status());
        }
        if (loop.stage(stageKey).isEmpty()) {
            throw new io.headcount.plumbing.domain.InvalidFieldException("stageKey", "the loop's plan has no stage '"
                    + stageKey + "'; its stages are " + loop.stages().stream().map(PlanStage::key).toList());
        }
        return loop;
    }

    /** Opens the candidacy's loop with a copy of the requisition's current plan; a second opening changes nothing. */
    public void open(Candidacy candidacy, String candidateName) {
        InterviewPlan plan = plans.currentFor(candidacy.teamId(), candidacy.requisitionId());
        loops.insertIfAbsent(InterviewLoop.open(Ids.next(clock.instant()), candidacy, candidateName, plan.version(),
                plan.stages(), clock.instant()), List.of());
    }

    public void change(Candidacy candidacy, UnaryOperator<InterviewLoop> change) {
        OnLatest.retry(() -> {
            loops.findByCandidacy(candidacy).ifPresent(loop -> loops.save(loop, new Changed<>(change.apply(loop),
                    List.of())));
            return null;
        });
    }

    /** Whether the loop passed every stage; an unknown loop has not. For handlers, which act for no caller. */
    public boolean passedEveryStage(String teamId, String loopId) {
        return loops.find(loopId, List.of(teamId)).map(InterviewLoop::passedEveryStage).orElse(false);
    }

    public void closeOpenLoopsOf(String teamId, String requisitionId) {
        loops.findOpenByRequisition(teamId, requisitionId)
                .forEach(loop -> change(loop.candidacy(), InterviewLoop::close));
    }

    public void erase(String teamId, String candidateId) {
        OnLatest.retry(() -> {
            loops.findByCandidate(teamId, candidateId).forEach(loop -> loops.save(loop,
                    new Changed<>(loop.erasePersonalData(), List.of())));
            return null;
        });
    }
}
