package io.headcount.plumbing.consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Points a subscriber's consumer group at the events to read again: from the beginning of the log, or from the
 * first event at or after a time (Kafka's offsets-for-times index on the record timestamps, which the relay sets
 * to the publish time). The group's consumers must be stopped; when they start again they read from there on, and
 * a consumer that deduplicates on {@code ce_id} and applies events idempotently rebuilds its projection. Partitions
 * with nothing at or after the time are pointed at their end.
 * <pre>java -cp … io.headcount.plumbing.consumer.EventReplay &lt;bootstrap&gt; &lt;group&gt;
 *     &lt;earliest|2026-11-01T00:00:00Z&gt; &lt;topic&gt;...</pre>
 */
public final class EventReplay {

    private EventReplay() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: EventReplay <bootstrap> <group> <earliest|ISO-8601 instant> <topic>...");
            System.exit(2);
        }
        Instant from = "earliest".equals(args[2]) ? null : Instant.parse(args[2]);
        Map<TopicPartition, Long> offsets = rewind(args[0], args[1], from, List.of(args).subList(3, args.length));
        offsets.forEach((partition, offset) -> System.out.println(partition + " -> " + offset));
    }

    /**
     * Commits, for {@code group}, the offset of the first record at or after {@code from} (null: the beginning) on
     * every partition of {@code topics}; returns them.
     */
    public static Map<TopicPartition, Long> rewind(String bootstrap, String group, Instant from,
                                                   Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(partition -> {
                    TopicPartition at = new TopicPartition(topic.name(), partition.partition());
                    wanted.put(at, from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli()));
                    ends.put(at, OffsetSpec.latest());
                });
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(wanted).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(ends).all().get();
            Map<TopicPartition, Long> offsets = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            found.forEach((partition, info) -> {
                long offset = info.offset() >= 0 ? info.offset() : latest.get(partition).offset();
                offsets.put(partition, offset);
                commits.put(partition, new OffsetAndMetadata(offset, "replay from " + (from == null ? "earliest"
                        : from)));
            });
            admin.alterConsumerGroupOffsets(group, commits).all().get();
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewinding " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not rewind " + group + " (are its consumers stopped?)",
                    e.getCause());
        }
    }
}
