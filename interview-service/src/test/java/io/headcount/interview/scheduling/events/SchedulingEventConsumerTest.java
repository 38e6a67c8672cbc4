package io.headcount.interview.scheduling.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.interview.scheduling.application.SchedulingService;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** Which interviews each event cancels or erases, in the event's team; the booking rules are InterviewTest's. */
class SchedulingEventConsumerTest {

    private final SchedulingService scheduling = mock(SchedulingService.class);
    private final SchedulingEventConsumer consumer = new SchedulingEventConsumer(scheduling);

    @Test
    void a_closed_requisition_cancels_only_the_upcoming_interviews_of_loops_still_undecided() {
        Scenario.given(consumer).inTeam("team-b").when(new RequisitionClosed("req-1", "FILLED"));

        verify(scheduling).cancelUpcomingOfUndecidedLoops("team-b", "req-1", "requisition closed");
        verifyNoMoreInteractions(scheduling);
    }

    @Test
    void a_withdrawal_cancels_the_candidates_upcoming_interviews_for_that_requisition() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateWithdrawn("cand-1", "req-1", "took another"));

        verify(scheduling).cancelUpcoming("team-b", "req-1", "cand-1", "candidate withdrew");
        verifyNoMoreInteractions(scheduling);
    }

    @Test
    void erasure_erases_the_candidates_interviews() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateErased("cand-1"));

        verify(scheduling).erase("team-b", "cand-1");
        verifyNoMoreInteractions(scheduling);
    }
}
