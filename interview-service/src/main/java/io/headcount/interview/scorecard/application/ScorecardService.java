package io.headcount.interview.scorecard.application;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.plan.application.PlanService;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.scheduling.application.SchedulingService;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.interview.scorecard.model.Assessment;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.scorecard.model.ScorecardContent;
import io.headcount.interview.takehome.application.TakeHomeService;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.ResourceRef;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.ForbiddenException;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Scorecards, blind until submitted: an interviewer sees the other submitted scorecards of a loop only once they
 * submitted their own there; recruiters, team admins and the requisition's hiring manager see all submitted ones. A
 * draft is its author's alone, whoever asks. An interview's scorecard is submitted once the interview has started
 * (a draft may be kept before); a take-home's once it is assigned.
 */
@Service
public class ScorecardService {

    private final ScorecardRepository scorecards;
    private final SchedulingService scheduling;
    private final TakeHomeService takeHomes;
    private final LoopService loops;
    private final PlanService plans;
    private final Clock clock;

    public ScorecardService(ScorecardRepository scorecards, SchedulingService scheduling, TakeHomeService takeHomes,
                            LoopService loops, PlanService plans, Clock clock) {
        this.scorecards = scorecards;
        this.scheduling = scheduling;
        this.takeHomes = takeHomes;
        this.loops = loops;
        this.plans = plans;
        this.clock = clock;
    }

    /** Starts (or, with {@code submit}, directly submits) the caller's scorecard for an interview or a take-home. */
    public Scorecard start(Caller caller, String assessmentId, ScorecardContent content, boolean submit) {
        caller.requireTeamMember();
        Assessment assessment = assessment(caller, assessmentId);
        if (!assessment.assessorIds().contains(caller.userId())) {
            throw new ForbiddenException("only an interviewer assigned to this interview (or a reviewer of this "
                    + "take-home) writes a scorecard for it");
        }
        if (submit) {
            requireStarted(caller, assessmentId);
        }
        Changed<Scorecard, ScorecardEvent> started = Scorecard.start(Ids.next(clock.instant()), assessment, caller.userId(), content,
                submit, clock.instant());
        if (!scorecards.insertIfAbsent(started.state(), started.events())) {
            String existing = scorecards.findByAuthor(assessmentId, caller.userId()).map(Scorecard::id).orElse(null);
            throw new ConflictException("you have a scorecard for " + assessmentId + " already; edit it",
                    ResourceRef.ofNullable(ResourceRef.Kind.SCORECARD, existing));
        }
        return started.state();
    }

    public Scorecard get(Caller caller, String id) {
        caller.requireTeamMember();
        Scorecard scorecard = scorecards.find(id, caller.teams())
                .orElseThrow(() -> new NotFoundException("scorecard", id));
        boolean own = scorecard.interviewerId().equals(caller.userId());
        if (!own && !scorecard.isSubmitted()) {
            throw new ForbiddenException("a draft scorecard is visible to its author only");
        }
        if (!own && !seesAllOf(caller, scorecard.assessment().loopId(),
                scorecard.assessment().teamId(), scorecard.assessment().requisitionId())) {
            throw new ForbiddenException("scorecards are blind: submit your own scorecard in this loop first");
        }
        return scorecard;
    }

    /** The loop's scorecards the caller may see: all, or only their own until they submitted one. */
    public List<Scorecard> ofLoop(Caller caller, String loopId) {
        InterviewLoop loop = loops.get(caller, loopId);
        List<Scorecard> all = scorecards.findByLoop(loopId, caller.teams()).stream().filter(scorecard ->
                scorecard.isSubmitted() || scorecard.interviewerId().equals(caller.userId())).toList();
        if (seesAllOf(caller, loopId, loop.teamId(), loop.requisitionId())) {
            return all;
        }
        return all.stream().filter(scorecard -> scorecard.interviewerId().equals(caller.userId())).toList();
    }

    public Scorecard revise(Caller caller, String id, ExpectedVersion expected, ScorecardContent content,
                            String amendReason) {
        Scorecard scorecard = own(caller, id);
        scorecards.save(scorecard, expected.against(scorecard.version()),
                scorecard.revise(content, amendReason, clock.instant()));
        return get(caller, id);
    }

    public Scorecard submit(Caller caller, String id) {
        return OnLatest.retry(() -> {
            Scorecard scorecard = own(caller, id);
            if (!scorecard.isSubmitted()) {
                requireStarted(caller, scorecard.assessment().id());
            }
            scorecards.save(scorecard, scorecard.submit(clock.instant()));
            return get(caller, id);
        });
    }

    public void erase(String teamId, String candidateId) {
        scorecards.findByCandidate(teamId, candidateId).forEach(scorecard -> scorecards.applyToLatest(scorecard.id(),
                teamId, latest -> Changed.unchanged(latest.erasePersonalData())));
    }

    private Scorecard own(Caller caller, String id) {
        caller.requireTeamMember();
        Scorecard scorecard = scorecards.find(id, caller.teams())
                .orElseThrow(() -> new NotFoundException("scorecard", id));
        if (!scorecard.interviewerId().equals(caller.userId())) {
            throw new ForbiddenException("only its author changes a scorecard");
        }
        return scorecard;
    }

    private boolean seesAllOf(Caller caller, String loopId, String teamId, String requisitionId) {
        if (caller.hasAnyRole(Role.RECRUITER, Role.TEAM_ADMIN)
                || plans.currentFor(teamId, requisitionId).isHiringManager(caller.userId())) {
            return true;
        }
        return scorecards.findByLoop(loopId, List.of(teamId)).stream().anyMatch(scorecard ->
                scorecard.interviewerId().equals(caller.userId()) && scorecard.isSubmitted());
    }

    private Assessment assessment(Caller caller, String assessmentId) {
        try {
            Interview interview = scheduling.get(caller, assessmentId);
            return new Assessment(interview.id(), interview.teamId(), interview.loopId(), interview.candidateId(),
                    interview.requisitionId(), interview.stageKey(), interview.booking().interviewerIds(),
                    focusOf(caller, interview.loopId(), interview.stageKey()));
        } catch (NotFoundException notAnInterview) {
            TakeHome takeHome = takeHomes.get(caller, assessmentId);
            return new Assessment(takeHome.id(), takeHome.teamId(), takeHome.loopId(), takeHome.candidateId(),
                    takeHome.requisitionId(), takeHome.stageKey(), takeHome.reviewerIds(),
                    focusOf(caller, takeHome.loopId(), takeHome.stageKey()));
        }
    }

    /** Read at submission, not at the draft: the interview may have been moved since. */
    private void requireStarted(Caller caller, String assessmentId) {
        Interview interview;
        try {
            interview = scheduling.get(caller, assessmentId);
        } catch (NotFoundException aTakeHome) {
            return;
        }
        if (!interview.hasStarted(clock.instant())) {
            throw new ConflictException("interview " + interview.id() + " starts at " + interview.booking().startsAt()
                    + "; its scorecards are submitted once it has started (save a draft until then)");
        }
    }

    private List<String> focusOf(Caller caller, String loopId, String stageKey) {
        return loops.get(caller, loopId).stage(stageKey).map(PlanStage::focusAttributes).orElse(List.of());
    }
}
