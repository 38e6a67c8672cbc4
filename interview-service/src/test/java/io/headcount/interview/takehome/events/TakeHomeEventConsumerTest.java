package io.headcount.interview.takehome.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.interview.takehome.application.TakeHomeService;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class TakeHomeEventConsumerTest {

    private final TakeHomeService takeHomes = mock(TakeHomeService.class);
    private final TakeHomeEventConsumer consumer = new TakeHomeEventConsumer(takeHomes);

    @Test
    void erasure_erases_the_candidates_take_homes_in_the_events_team() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateErased("cand-1"));

        verify(takeHomes).erase("team-b", "cand-1");
    }

    @Test
    void it_listens_to_nothing_else() {
        assertThatThrownBy(() -> Scenario.given(consumer).when(new io.headcount.events.candidate.RequisitionClosed(
                "req-1", null))).hasMessageContaining("does not subscribe");
    }
}
