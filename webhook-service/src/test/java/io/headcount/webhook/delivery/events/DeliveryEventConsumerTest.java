package io.headcount.webhook.delivery.events;

import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.InterviewStage;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.plumbing.consumer.Scenario;
import io.headcount.webhook.delivery.application.DeliveryService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Every published event fans out to the team's endpoints; erasure also strips what is still to be sent. */
class DeliveryEventConsumerTest {

    private final DeliveryService deliveries = mock(DeliveryService.class);
    private final DeliveryEventConsumer consumer = new DeliveryEventConsumer(deliveries);

    @Test
    void it_subscribes_to_every_event_of_the_catalog() {
        Scenario scenario = Scenario.given(consumer);

        assertThat(EventCatalog.all()).extracting(EventDefinition::recordType).isNotEmpty()
                .allMatch(scenario::subscribesTo);
    }

    @Test
    void an_event_fans_out_under_its_own_envelope_and_nothing_is_erased() {
        Scenario scenario = Scenario.given(consumer).inTeam("team-b").when(new ScreenPassed("loop-1", "cand-1",
                "req-1", InterviewStage.TECHNICAL, "technical-live"));

        verify(deliveries).fanOut(scenario.lastEnvelope());
        verify(deliveries, never()).erase(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void erasure_is_delivered_itself_before_the_candidates_deliveries_lose_their_personal_data() {
        Scenario scenario = Scenario.given(consumer).when(new CandidateErased("cand-1"));

        InOrder order = inOrder(deliveries);
        order.verify(deliveries).fanOut(scenario.lastEnvelope());
        order.verify(deliveries).erase("cand-1");
    }
}
