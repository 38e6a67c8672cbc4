package io.headcount.local.fault;

import io.headcount.events.Topics;
import io.headcount.testsupport.Api;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.headcount.testsupport.PublishedEvents.header;

/** Everything on the three public topics, read from the beginning by a plain Kafka client (read_committed). */
final class TopicLog {

    record Event(String topic, String key, String id, String type, JsonNode data) {
        String field(String name) {
            JsonNode value = data.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    private TopicLog() {
    }

    static List<Event> readAll(String bootstrapServers) {
        return records(bootstrapServers, Topics.all()).stream().map(record -> new Event(record.topic(), record.key(),
                header(record, "ce_id"), header(record, "ce_type"),
                Api.JSON.readTree(new String(record.value(), StandardCharsets.UTF_8)))).toList();
    }

    /** Every record of the topics, from the beginning to their end as it is now. */
    static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** How many distinct ids were published for each change (type + what identifies the change). */
    static Map<String, Long> distinctIdsPerChange(List<Event> events, java.util.function.Function<Event, String> change) {
        return events.stream().collect(Collectors.groupingBy(change,
                Collectors.mapping(Event::id, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    }
}
