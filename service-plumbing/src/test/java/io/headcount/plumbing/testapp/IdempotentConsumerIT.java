package io.headcount.plumbing.testapp;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.Topics;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HeadcountServiceTest
class IdempotentConsumerIT {

    @RegisterExtension
    static final PublishedEvents deadLetters =
            PublishedEvents.observe(List.of(Topics.deadLetterOf(Topics.CANDIDATE)));

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    MongoTemplate mongo;

    @Test
    void the_same_event_delivered_three_times_has_one_effect() {
        String candidateId = "cand-" + UUID.randomUUID();
        EventEnvelope event = envelopeOf(candidateId);

        for (int delivery = 0; delivery < 3; delivery++) {
            kafka.send(CloudEventsKafka.toRecord(event));
        }
        String laterCandidateInSamePartition = candidateId;
        EventEnvelope marker = envelopeOf(laterCandidateInSamePartition);
        kafka.send(CloudEventsKafka.toRecord(marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker.id()));
        assertThat(effectsOf(candidateId)).isEqualTo(2); // the tripled event once, the marker once
    }

    @Test
    void a_handler_logs_in_the_context_of_the_event_its_team_and_its_correlation() {
        String candidateId = "cand-" + UUID.randomUUID();
        EventEnvelope event = envelopeOf(candidateId);

        kafka.send(CloudEventsKafka.toRecord(event));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(event.id()));
        assertThat(PlumbingTestApplication.LOGGING_CONTEXT.get(candidateId))
                .containsEntry("eventId", event.id())
                .containsEntry("eventType", event.type())
                .containsEntry("teamId", event.teamId())
                .containsEntry("correlationId", event.correlationId());
    }

    @Test
    void the_dedup_knows_ids_not_changes_so_a_new_id_reaches_the_handler_again() {
        String candidateId = "cand-" + UUID.randomUUID();
        EventEnvelope first = envelopeOf(candidateId);
        EventEnvelope sameChangeNewId = new EventEnvelope(UUID.randomUUID().toString(), first.type(), first.source(),
                first.subject(), first.time(), first.teamId(), first.correlationId(), first.causationId(),
                first.dataschema(), first.topic(), first.data(), null);

        kafka.send(CloudEventsKafka.toRecord(first));
        kafka.send(CloudEventsKafka.toRecord(sameChangeNewId));

        // the counting handler is deliberately not idempotent by itself: only the id dedup protects it, so a new id
        // is a second effect. Services' handlers are keyed by what changed (see the services' redelivery tests).
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(sameChangeNewId.id()));
        assertThat(effectsOf(candidateId)).isEqualTo(2);
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_next_record_is_processed() {
        String candidateId = "cand-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.CANDIDATE, candidateId,
                "{this is not a cloud event".getBytes(StandardCharsets.UTF_8));

        kafka.send(poison);
        kafka.send(CloudEventsKafka.toRecord(envelopeOf(candidateId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(candidateId) == 1);
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(candidateId);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{this is not a cloud event");
        assertThat(PlumbingTestApplication.FAILED_DELIVERIES.get(candidateId)).as("malformed: no retries")
                .containsExactly(1);
    }

    @Test
    void an_event_whose_handler_keeps_failing_is_retried_then_dead_lettered_and_the_partition_moves_on() {
        String failing = PlumbingTestApplication.FAIL_ALWAYS + "-" + UUID.randomUUID();
        EventEnvelope doomed = envelopeOf(failing);

        kafka.send(CloudEventsKafka.toRecord(doomed));
        EventEnvelope next = envelopeOf(failing.replace(PlumbingTestApplication.FAIL_ALWAYS, "fine"));
        kafka.send(CloudEventsKafka.toRecord(next));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(failing);
        assertThat(CloudEventsKafka.fromRecord(deadLetter).id()).isEqualTo(doomed.id());
        assertThat(PlumbingTestApplication.FAILED_DELIVERIES.get(failing)).as("the first try and 3 retries")
                .containsExactly(1, 2, 3, 4);
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(next.id()));
        assertThat(processed(doomed.id())).isFalse();
    }

    @Test
    void an_event_type_this_service_does_not_know_is_skipped_and_the_partition_moves_on() {
        String candidateId = "cand-" + UUID.randomUUID();
        EventEnvelope known = envelopeOf(candidateId);
        EventEnvelope fromTheFuture = new EventEnvelope(UUID.randomUUID().toString(),
                "io.headcount.candidate.CandidateTeleported.v1", known.source(), candidateId, known.time(),
                known.teamId(), known.correlationId(), null, known.dataschema(), known.topic(),
                "{\"to\":\"mars\"}", null);

        kafka.send(CloudEventsKafka.toRecord(fromTheFuture));
        kafka.send(CloudEventsKafka.toRecord(known));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(known.id()));
        assertThat(processed(fromTheFuture.id())).as("nothing to remember of a type it ignores").isFalse();
        assertThat(deadLetters.records()).noneMatch(record -> candidateId.equals(record.key()));
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                .filter(record -> key.equals(record.key())).findFirst(), java.util.Optional::isPresent).get();
    }

    private EventEnvelope envelopeOf(String candidateId) {
        return outboxEvents.stamp("team-a", List.of(new CandidateSourced(candidateId, "req-1",
                SourceChannel.REFERRAL, "Katherine Johnson", null, List.of("fortran")))).get(0);
    }

    private int effectsOf(String candidateId) {
        Document effects = mongo.findById(candidateId, Document.class, "effects");
        return effects == null ? 0 : effects.getInteger("effects");
    }

    private boolean processed(String eventId) {
        return mongo.findById(eventId, Document.class, "processed_events") != null;
    }
}
