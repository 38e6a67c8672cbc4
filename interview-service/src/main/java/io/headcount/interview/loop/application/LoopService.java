package io.headcount.interview.loop.application;

import io.headcount.events.InterviewStage;
import io.headcount.interview.loop.model.Decision;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

@Service
public class LoopService {

    private final LoopRepository loops;
    private final Clock clock;

    public LoopService(LoopRepository loops, Clock clock) {
        this.loops = loops;
        this.clock = clock;
    }

    /** Loops are for the people who interview and decide; approvers (finance) have no business in them. */
    private static final Role[] LOOP_READERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER,
            Role.TEAM_ADMIN};

    public InterviewLoop get(Caller caller, String id) {
        caller.requireAnyRole(LOOP_READERS);
        return loops.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("interview loop", id));
    }

    public List<InterviewLoop> list(Caller caller, String candidateId, String requisitionId, String afterId,
                                   int limit) {
        caller.requireAnyRole(LOOP_READERS);
        return loops.list(caller.teams(), candidateId, requisitionId, afterId, limit);
    }

    /** Closes the current stage: advance (ScreenPassed, maybe InterviewLoopCompleted) or reject (ScreenFailed). */
    public InterviewLoop decide(Caller caller, String id, InterviewStage stage, Decision decision, String reason) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return OnLatest.retry(() -> {
            InterviewLoop loop = get(caller, id);
            loops.save(loop, loop.decide(stage, decision, reason, caller.userId(), clock.instant()));
            return get(caller, id);
        });
    }
}
