package io.headcount.plumbing.consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Re-drives one dead-lettered record: reads it from {@code <topic>.DLT} at a partition and offset and publishes it
 * again to the topic it came from (the {@code kafka_dlt-original-topic} header), with its key and CloudEvents headers
 * and without the {@code kafka_dlt-*} ones — optionally with a corrected body. Consumers that applied it already
 * drop it by event id; the ones that failed get it again.
 * <pre>java -cp … io.headcount.plumbing.consumer.DeadLetterRedrive &lt;bootstrap&gt; &lt;dlt-topic&gt; &lt;partition&gt;
 *     &lt;offset&gt; [corrected-body.json]</pre>
 */
public final class DeadLetterRedrive {

    private DeadLetterRedrive() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DeadLetterRedrive <bootstrap> <dlt-topic> <partition> <offset> [body.json]");
            System.exit(2);
        }
        byte[] body = args.length > 4 ? Files.readAllBytes(Path.of(args[4])) : null;
        String target = redrive(args[0], args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), body);
        System.out.println("re-driven to " + target);
    }

    /** Returns the topic the record went back to. */
    public static String redrive(String bootstrap, String deadLetterTopic, int partition, long offset,
                                 byte[] correctedBody) {
        ConsumerRecord<String, byte[]> dead = read(bootstrap, new TopicPartition(deadLetterTopic, partition), offset);
        Header original = dead.headers().lastHeader("kafka_dlt-original-topic");
        String topic = original != null ? new String(original.value(), StandardCharsets.UTF_8)
                : deadLetterTopic.replaceFirst("\\.DLT$", "");
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(topic, dead.key(),
                correctedBody != null ? correctedBody : dead.value());
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                again.headers().add(header);
            }
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(again).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not re-drive " + deadLetterTopic + "/" + partition + "@" + offset, e);
        }
        return topic;
    }

    private static ConsumerRecord<String, byte[]> read(String bootstrap, TopicPartition partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new IllegalArgumentException("no record at " + partition + "@" + offset);
        }
    }
}
