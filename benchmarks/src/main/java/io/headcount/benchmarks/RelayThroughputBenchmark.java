package io.headcount.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.local.DurableH2Backend;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.OutboxRelay;
import io.headcount.testsupport.ScratchDirs;
import io.headcount.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Relay throughput: how fast the outbox relay drains a backlog of pending events (stored on the durable embedded
 * store, as on the local platform) to Kafka, against the yardstick of the same KafkaTemplate settings sending the
 * same records as fast as it can, on the same broker, in the same run.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=RelayThroughputBenchmark</pre>
 * {@code -Dheadcount.bench.events=100000 -Dheadcount.bench.eventsPerDocument=1}.
 */
public final class RelayThroughputBenchmark {

    @Document("bench_aggregates")
    record BenchAggregate(@Id String id, String teamId, long version) {
    }

    private RelayThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("headcount.bench.events", 100_000);
        BenchPlatform.quietLogs();
        System.setProperty("headcount.test-infra", "embedded");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                new StringSerializer(), new ByteArraySerializer()));
        OutboxEvents outboxEvents = new OutboxEvents("bench", Clock.systemUTC());

        System.out.printf("%nRelay throughput: a backlog of %,d pending events, durable embedded store, same broker%n",
                events);
        System.out.printf("%-48s %10s %12s %10s%n", "measurement", "seconds", "events/s", "vs raw");
        // warm both paths once, then measure
        raw(kafka, outboxEvents, 20_000);
        double raw = raw(kafka, outboxEvents, events);
        System.out.printf("%-48s %10.1f %12.0f %9.2fx%n", "raw KafkaTemplate sends (yardstick)", events / raw, raw,
                1.0);
        Integer onlyPerDocument = Integer.getInteger("headcount.bench.eventsPerDocument");
        for (int perDocument : onlyPerDocument == null ? new int[]{1, 4} : new int[]{onlyPerDocument}) {
            relay(kafka, outboxEvents, 20_000, perDocument, false);
            double relayed = relay(kafka, outboxEvents, events, perDocument, true);
            System.out.printf("%-48s %10.1f %12.0f %9.2fx%n", "relay, " + perDocument + " event(s) per document",
                    events / relayed, relayed, relayed / raw);
        }
        kafka.destroy();
        System.exit(0);
    }

    private static double raw(KafkaTemplate<String, byte[]> kafka, OutboxEvents outboxEvents, int events)
            throws Exception {
        List<EventEnvelope> envelopes = envelopes(outboxEvents, events);
        long start = System.nanoTime();
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(events);
        for (EventEnvelope envelope : envelopes) {
            sends.add(kafka.send(CloudEventsKafka.toRecord(envelope)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
        return events / ((System.nanoTime() - start) / 1e9);
    }

    private static double relay(KafkaTemplate<String, byte[]> kafka, OutboxEvents outboxEvents, int events,
                                int perDocument, boolean report) throws Exception {
        Path dir = TempDirs.create("relay-bench");
        MongoServer server = new MongoServer(new DurableH2Backend(dir.resolve("relay.mv").toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "relay-bench");
            OutboxAggregateStore store = new OutboxAggregateStore(mongo, (collection, id) -> { });
            long loadStart = System.nanoTime();
            List<EventEnvelope> envelopes = envelopes(outboxEvents, events);
            for (int i = 0; i < events; i += perDocument) {
                // ids as the services make them: time-ordered, so a backlog's documents sit together in the store
                store.insert(new BenchAggregate(Ids.next(Instant.now()), "bench", 1),
                        envelopes.subList(i, Math.min(events, i + perDocument)));
            }
            if (report) {
                System.out.printf("  (stored %,d documents in %.1f s)%n", events / perDocument,
                        (System.nanoTime() - loadStart) / 1e9);
            }
            if (report) {
                storeFloor(client, events / perDocument);
            }
            OutboxRelay relay = new OutboxRelay(mongo, kafka, List.of("bench_aggregates"),
                    new OutboxRelay.OutboxProperties(false, Duration.ofHours(1), Duration.ofSeconds(30),
                            Duration.ofSeconds(30), 256), Clock.systemUTC());
            ThreadCpu cpu = ThreadCpu.now();
            long start = System.nanoTime();
            int published = relay.publishPending();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report) {
                System.out.printf("  (CPU while relaying %.1f s: %s)%n", seconds, cpu.busiestSince(4));
            }
            if (published != events) {
                throw new IllegalStateException("published " + published + " of " + events);
            }
            if (report) {
                idleSweeps(relay, events / perDocument);
            }
            return events / seconds;
        } finally {
            server.shutdownNow();
            ScratchDirs.delete(dir);
        }
    }

    /** The safety net's sweep once nothing is pending: what it costs an idle service with this many documents. */
    private static void idleSweeps(OutboxRelay relay, int documents) {
        int sweeps = 5;
        ThreadCpu cpu = ThreadCpu.now();
        long start = System.nanoTime();
        for (int i = 0; i < sweeps; i++) {
            if (relay.publishPending() != 0) {
                throw new IllegalStateException("found pending events after the backlog was published");
            }
        }
        System.out.printf("  (idle safety-net sweep over %,d settled documents: %.0f ms each; %s)%n", documents,
                (System.nanoTime() - start) / 1e6 / sweeps, cpu.perUnitSince(sweeps, "sweep", 2));
    }

    /**
     * What the store alone costs for the relay's work on these documents: one scan, and one bulk update per 256
     * documents by {_id, version} (the relay does two: claim and settle).
     */
    private static void storeFloor(MongoClient client, int documents) {
        var collection = client.getDatabase("relay-bench").getCollection("bench_aggregates");
        long scanStart = System.nanoTime();
        List<org.bson.Document> all = collection.find(com.mongodb.client.model.Filters.eq("outboxPending", true))
                .batchSize(256).into(new ArrayList<>());
        double scan = (System.nanoTime() - scanStart) / 1e9;
        long writeStart = System.nanoTime();
        for (int i = 0; i < all.size(); i += 256) {
            List<com.mongodb.client.model.UpdateOneModel<org.bson.Document>> batch = all.subList(i,
                    Math.min(all.size(), i + 256)).stream().map(d -> new com.mongodb.client.model
                    .UpdateOneModel<org.bson.Document>(new org.bson.Document("_id", d.get("_id"))
                    .append("version", d.get("version")), com.mongodb.client.model.Updates.set("touched", true)))
                    .toList();
            collection.bulkWrite(batch, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
        }
        double writes = (System.nanoTime() - writeStart) / 1e9;
        System.out.printf("  (store alone: scan of %,d pending documents %.1f s; one bulk update pass %.1f s = "
                + "%,.0f documents/s)%n", documents, scan, writes, documents / writes);
    }

    private static List<EventEnvelope> envelopes(OutboxEvents outboxEvents, int events) {
        List<EventEnvelope> envelopes = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            String candidateId = "cand-" + (i / 4);
            envelopes.add(outboxEvents.stamp("bench", List.of(new CandidateSourced(candidateId, "req-1",
                    SourceChannel.LINKEDIN, "Bench Person", "bench@example.com", List.of("java", "kafka")))).get(0));
        }
        return envelopes;
    }
}
