package io.headcount.plumbing.consumer;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class EventDispatcherTest {

    private final ProcessedEvents processedEvents = mock(ProcessedEvents.class);
    private final List<String> handled = new ArrayList<>();

    @Test
    void a_handler_idempotent_by_itself_gets_the_event_without_the_event_id_being_looked_up_or_recorded() {
        EventDispatcher dispatcher = dispatcher(new Subscriptions()
                .onIdempotent(CandidateSourced.class, (event, envelope) -> handled.add(envelope.id())));
        EventEnvelope sourced = envelope(new CandidateSourced("cand-1", "req-1", SourceChannel.REFERRAL, "Ada",
                "ada@example.com", List.of()));

        dispatcher.onRecord(record(sourced));

        assertThat(handled).containsExactly(sourced.id());
        verifyNoInteractions(processedEvents);
    }

    @Test
    void a_plain_handler_of_the_same_type_brings_the_bookkeeping_back() {
        EventDispatcher dispatcher = dispatcher(new Subscriptions()
                .onIdempotent(CandidateSourced.class, (event, envelope) -> handled.add("idempotent"))
                .on(CandidateSourced.class, (event, envelope) -> handled.add("plain")));
        EventEnvelope sourced = envelope(new CandidateSourced("cand-1", "req-1", SourceChannel.REFERRAL, "Ada",
                "ada@example.com", List.of()));

        dispatcher.onRecord(record(sourced));

        assertThat(handled).containsExactly("idempotent", "plain");
        verify(processedEvents).contains(sourced.id());
        verify(processedEvents).markProcessed(sourced.id(), sourced.type());
    }

    @Test
    void an_event_already_applied_by_a_plain_handler_is_skipped() {
        EventDispatcher dispatcher = dispatcher(new Subscriptions()
                .on(CandidateWithdrawn.class, (event, envelope) -> handled.add(envelope.id())));
        EventEnvelope withdrawn = envelope(new CandidateWithdrawn("cand-1", "req-1", "took another offer"));
        when(processedEvents.contains(withdrawn.id())).thenReturn(true);

        dispatcher.onRecord(record(withdrawn));

        assertThat(handled).isEmpty();
    }

    private EventDispatcher dispatcher(Subscriptions subscriptions) {
        return new EventDispatcher(subscriptions, processedEvents, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    private static EventEnvelope envelope(io.headcount.events.HeadcountEvent event) {
        return EventEnvelope.wrap(event, "/test", "team-a", Instant.now(), null, null);
    }

    private static ConsumerRecord<String, byte[]> record(EventEnvelope envelope) {
        ProducerRecord<String, byte[]> sent = CloudEventsKafka.toRecord(envelope);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(), sent.value());
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }
}
