package io.headcount.interview.scorecard.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.interview.scorecard.application.ScorecardService;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ScorecardEventConsumerTest {

    private final ScorecardService scorecards = mock(ScorecardService.class);
    private final ScorecardEventConsumer consumer = new ScorecardEventConsumer(scorecards);

    @Test
    void erasure_erases_the_candidates_scorecards_in_the_events_team() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateErased("cand-1"));

        verify(scorecards).erase("team-b", "cand-1");
    }

    @Test
    void it_listens_to_nothing_else() {
        assertThatThrownBy(() -> Scenario.given(consumer).when(new io.headcount.events.candidate.CandidateWithdrawn(
                "cand-1", "req-1", null))).hasMessageContaining("does not subscribe");
    }
}
