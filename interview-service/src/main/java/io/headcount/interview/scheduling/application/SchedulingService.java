package io.headcount.interview.scheduling.application;

import io.headcount.events.interview.InterviewEvent;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.scheduling.model.Booking;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.ResourceRef;
import io.headcount.plumbing.identity.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Books interviews for a loop's stages without double-booking anyone, reschedules and cancels them. */
@Service
public class SchedulingService {

    private final InterviewRepository interviews;
    private final LoopService loops;
    private final Clock clock;

    public SchedulingService(InterviewRepository interviews, LoopService loops, Clock clock) {
        this.interviews = interviews;
        this.loops = loops;
        this.clock = clock;
    }

    public Interview book(Caller caller, String loopId, String stageKey, Booking booking) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        booking.validate(clock.instant());
        InterviewLoop loop = loops.openLoopWithStage(caller, loopId, stageKey);
        PlanStage stage = loop.stage(stageKey).orElseThrow();
        if (stage.isTakeHome()) {
            throw new InvalidFieldException("stageKey", "'" + stageKey + "' is a take-home stage: assign a take-home "
                    + "instead of booking an interview");
        }
        Instant now = clock.instant();
        Changed<Interview, InterviewEvent> scheduled = Interview.schedule(Ids.next(now), loop.teamId(), loop.id(),
                loop.candidateId(), loop.requisitionId(), stage.key(), stage.kind(), booking, caller.userId(), now);
        try {
            interviews.insert(scheduled.state(), scheduled.events());
        } catch (SlotTakenException clash) {
            throw clashOf(clash);
        }
        return scheduled.state();
    }

    public Interview get(Caller caller, String id) {
        caller.requireTeamMember();
        return interviews.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("interview", id));
    }

    public List<Interview> ofLoop(Caller caller, String loopId) {
        caller.requireTeamMember();
        return interviews.findByLoop(loopId, caller.teams());
    }

    public Interview reschedule(Caller caller, String id, ExpectedVersion expected, Booking booking) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        Interview interview = get(caller, id);
        try {
            interviews.save(interview, expected.against(interview.version()),
                    interview.reschedule(booking, clock.instant()));
        } catch (SlotTakenException clash) {
            throw clashOf(clash);
        }
        return get(caller, id);
    }

    public Interview cancel(Caller caller, String id, String reason) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return OnLatest.retry(() -> {
            Interview interview = get(caller, id);
            interviews.save(interview, interview.cancel(reason, "cancelled by the hiring team"));
            return get(caller, id);
        });
    }

    /** The caller's own upcoming interviews, soonest first. */
    public List<Interview> mine(Caller caller, Instant afterStart, String afterId, int limit) {
        caller.requireTeamMember();
        return interviews.upcomingFor(caller.teams(), caller.userId(), clock.instant(), afterStart, afterId, limit);
    }

    /** Calls off what has not happened yet of a candidate who withdrew. */
    public void cancelUpcoming(String teamId, String requisitionId, String candidateId, String publishedReason) {
        cancel(interviews.upcomingOf(teamId, requisitionId, candidateId, clock.instant()), teamId, publishedReason);
    }

    /**
     * The requisition closed or was filled: the upcoming interviews of loops still being decided are called off. A
     * loop that passed every stage keeps its interviews (they hold its scorecards; the hired candidate's among them).
     */
    public void cancelUpcomingOfUndecidedLoops(String teamId, String requisitionId, String publishedReason) {
        cancel(interviews.upcomingOf(teamId, requisitionId, null, clock.instant()).stream()
                .filter(interview -> !loops.passedEveryStage(teamId, interview.loopId())).toList(), teamId,
                publishedReason);
    }

    private void cancel(List<Interview> upcoming, String teamId, String publishedReason) {
        upcoming.forEach(interview ->
                interviews.applyToLatest(interview.id(), teamId, latest -> latest.cancel(publishedReason,
                        publishedReason)));
    }

    public void erase(String teamId, String candidateId) {
        interviews.findByCandidate(teamId, candidateId).forEach(interview -> interviews.applyToLatest(interview.id(),
                teamId, latest -> Changed.unchanged(latest.erasePersonalData())));
    }

    private static ConflictException clashOf(SlotTakenException clash) {
        return new ConflictException("interviewer " + clash.interviewerId() + " is already booked at that time, in "
                + "interview " + clash.clashingInterviewId(), ResourceRef.interview(clash.clashingInterviewId()));
    }
}
