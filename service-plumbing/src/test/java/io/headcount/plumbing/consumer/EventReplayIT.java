package io.headcount.plumbing.consumer;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a subscriber replays (docs/EVENTS.md): its consumer group pointed back at the beginning rebuilds the same
 * projection; pointed at a time, it reads only what was published from then on.
 */
class EventReplayIT {

    private static final String BOOTSTRAP = TestInfrastructure.get().kafkaBootstrapServers();
    private static final String TOPIC = "replay-test-" + UUID.randomUUID();
    private static final Instant AN_HOUR_AGO = Instant.now().minus(Duration.ofHours(1));
    private static final List<EventEnvelope> EARLIER = new ArrayList<>();
    private static final List<EventEnvelope> LATER = new ArrayList<>();

    @BeforeAll
    static void publishTwoBatchesAnHourApart() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 4; i++) {
                String candidateId = "cand-" + i;
                EARLIER.add(envelope(new CandidateSourced(candidateId, "req-1", SourceChannel.REFERRAL, "Name " + i,
                        null, List.of())));
                LATER.add(envelope(new CandidateProfileUpdated(candidateId, 2, List.of("skills"))));
            }
            for (EventEnvelope event : EARLIER) {
                producer.send(at(event, AN_HOUR_AGO)).get();
            }
            for (EventEnvelope event : LATER) {
                producer.send(at(event, Instant.now())).get();
            }
        }
    }

    @Test
    void a_group_rewound_to_the_beginning_rebuilds_the_same_projection() {
        String group = "subscriber-" + UUID.randomUUID();
        Map<String, List<String>> live = project(group, 8);

        Map<String, Long> offsets = summed(EventReplay.rewind(BOOTSTRAP, group, null, List.of(TOPIC)));
        Map<String, List<String>> rebuilt = project(group, 8);

        assertThat(offsets).containsEntry(TOPIC, 0L);
        assertThat(rebuilt).isEqualTo(live).hasSize(4);
        assertThat(rebuilt.get("cand-0")).containsExactly("io.headcount.candidate.CandidateSourced.v1",
                "io.headcount.candidate.CandidateProfileUpdated.v1");
    }

    @Test
    void a_group_rewound_to_a_time_reads_only_what_was_published_from_then_on() {
        String group = "subscriber-" + UUID.randomUUID();
        project(group, 8);

        EventReplay.rewind(BOOTSTRAP, group, AN_HOUR_AGO.plus(Duration.ofMinutes(30)), List.of(TOPIC));
        Map<String, List<String>> replayed = project(group, 4);

        assertThat(replayed.values()).allSatisfy(types -> assertThat(types)
                .containsExactly("io.headcount.candidate.CandidateProfileUpdated.v1"));
        assertThat(replayed).hasSize(4);
    }

    /** Reads {@code expected} records as {@code group} from its committed position: event types per candidate. */
    private static Map<String, List<String>> project(String group, int expected) {
        Map<String, List<String>> projection = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            int read = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope event = CloudEventsKafka.fromRecord(record);
                    projection.computeIfAbsent(event.subject(), subject -> new ArrayList<>()).add(event.type());
                    read++;
                }
            }
            consumer.commitSync();
            assertThat(read).as("records read by " + group).isEqualTo(expected);
        }
        return projection;
    }

    private static Map<String, Long> summed(Map<org.apache.kafka.common.TopicPartition, Long> offsets) {
        Map<String, Long> byTopic = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> byTopic.merge(partition.topic(), offset, Long::sum));
        return byTopic;
    }

    private static EventEnvelope envelope(io.headcount.events.HeadcountEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(event, "/headcount/candidate-service", "team-a", Instant.now(),
                null, null);
        return new EventEnvelope(envelope.id(), envelope.type(), envelope.source(), envelope.subject(),
                envelope.time(), envelope.teamId(), envelope.correlationId(), envelope.causationId(),
                envelope.dataschema(), TOPIC, envelope.data(), null);
    }

    private static ProducerRecord<String, byte[]> at(EventEnvelope event, Instant timestamp) {
        ProducerRecord<String, byte[]> record = CloudEventsKafka.toRecord(event);
        return new ProducerRecord<>(record.topic(), null, timestamp.toEpochMilli(), record.key(), record.value(),
                record.headers());
    }
}
