package io.headcount.interview.takehome.application;

import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.ResourceRef;
import io.headcount.plumbing.identity.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Take-home exercises of TAKE_HOME stages. The candidate has no account: the hiring team records the submission
 * the candidate sent them.
 */
@Service
public class TakeHomeService {

    private final TakeHomeRepository takeHomes;
    private final LoopService loops;
    private final SubmittedReviews scorecards;
    private final Clock clock;

    public TakeHomeService(TakeHomeRepository takeHomes, LoopService loops, SubmittedReviews scorecards,
                           Clock clock) {
        this.takeHomes = takeHomes;
        this.loops = loops;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    public TakeHome assign(Caller caller, String loopId, String stageKey, String exerciseRef,
                           List<String> reviewerIds) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        InterviewLoop loop = loops.openLoopWithStage(caller, loopId, stageKey);
        PlanStage stage = loop.stage(stageKey).orElseThrow();
        if (!stage.isTakeHome()) {
            throw new InvalidFieldException("stageKey", "'" + stageKey + "' is not a TAKE_HOME stage");
        }
        Instant now = clock.instant();
        Changed<TakeHome, TakeHomeEvent> assigned = TakeHome.assign(Ids.next(now), loop.teamId(), loop.id(), loop.candidateId(),
                loop.requisitionId(), stage.key(), exerciseRef, reviewerIds,
                Duration.ofHours(stage.allowanceHours()), now);
        if (!takeHomes.insertIfAbsent(assigned.state(), assigned.events())) {
            String existing = takeHomes.findByStage(loop.teamId(), loopId, stageKey).map(TakeHome::id).orElse(null);
            throw new ConflictException("stage " + stageKey + " of loop " + loopId + " has a take-home already",
                    ResourceRef.ofNullable(ResourceRef.Kind.TAKE_HOME, existing));
        }
        return assigned.state();
    }

    public TakeHome get(Caller caller, String id) {
        caller.requireTeamMember();
        return takeHomes.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("take-home", id));
    }

    public List<TakeHome> ofLoop(Caller caller, String loopId) {
        caller.requireTeamMember();
        return takeHomes.findByLoop(loopId, caller.teams());
    }

    public TakeHome submit(Caller caller, String id, String submissionRef) {
        return act(caller, id, takeHome -> takeHome.submit(submissionRef, clock.instant()));
    }

    public TakeHome extend(Caller caller, String id, Instant deadline, String reason) {
        return act(caller, id, takeHome -> takeHome.extend(deadline, reason, caller.userId(), clock.instant()));
    }

    public TakeHome review(Caller caller, String id) {
        return act(caller, id, takeHome -> {
            InterviewLoop loop = loops.get(caller, takeHome.loopId());
            int needed = loop.stage(takeHome.stageKey()).map(PlanStage::minScorecards).orElse(1);
            return takeHome.review(scorecards.submittedIdsFor(takeHome.id()), needed);
        });
    }

    /** Expires one overdue take-home; an optimistic update, so two sweepers publish one TakeHomeExpired. */
    public void expire(TakeHome overdue, Instant now) {
        takeHomes.applyToLatest(overdue.id(), overdue.teamId(), latest -> latest.expire(now));
    }

    public void erase(String teamId, String candidateId) {
        takeHomes.findByCandidate(teamId, candidateId).forEach(takeHome -> takeHomes.applyToLatest(takeHome.id(),
                teamId, latest -> Changed.unchanged(latest.erasePersonalData())));
    }

    private TakeHome act(Caller caller, String id, Function<TakeHome, Changed<TakeHome, TakeHomeEvent>> action) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return OnLatest.retry(() -> {
            TakeHome takeHome = get(caller, id);
            takeHomes.save(takeHome, action.apply(takeHome));
            return get(caller, id);
        });
    }
}
