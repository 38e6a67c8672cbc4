package io.headcount.local.fault;

import io.headcount.testsupport.FreePorts;
import io.headcount.testsupport.ScratchDirs;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.headcount.events.Topics;
import io.headcount.local.LocalPlatform;
import io.headcount.local.TestPlatformInfrastructure;
import io.headcount.plumbing.consumer.DeadLetterRedrive;
import io.headcount.testsupport.Api;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults against a whole running platform (the four applications, a broker in a process of its own, a store per
 * service behind a cuttable TCP relay). For each fault a steady stream of hiring actions runs while it happens; after
 * recovery the invariants are checked from the outside: every 2xx stored, every stored change published under one
 * id, views converged, no 5xx other than clean 503 problems. {@code -Dheadcount.fault.seconds} sets how long a
 * fault lasts (30 by default). The kill -9 row is {@link CrashDurabilityIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Duration FAULT = Duration.ofSeconds(Long.getLong("headcount.fault.seconds", 30));
    /**
     * How long the views may take to catch up after a fault: a correctness check with a generous bound, since the
     * backlog a 30 s outage leaves (~4,000 events) drains on the same 2 cores that run everything else.
     */
    private static final Duration CONVERGENCE = Duration.ofSeconds(240);
    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    private static final int WRITES_WITHOUT_BROKER = 50;

    @RegisterExtension
    static final ScratchDirs SCRATCH = new ScratchDirs();
    private static BrokerProcess broker;
    private static final Map<String, MongoServer> stores = new LinkedHashMap<>();
    private static final Map<String, TcpProxy> proxies = new LinkedHashMap<>();
    private static TestPlatformInfrastructure infrastructure;
    private static LocalPlatform platform;
    private static String requisition;

    @BeforeAll
    static void startPlatform() throws IOException {
        broker = new BrokerProcess(SCRATCH.create("fault-broker-"), FreePorts.one(), FreePorts.one())
                .start();
        for (String service : LocalPlatform.SERVICES) {
            MongoServer store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", 0);
            stores.put(service, store);
            proxies.put(service, new TcpProxy(FreePorts.one(), store.getLocalAddress().getPort()).up());
        }
        infrastructure = new TestPlatformInfrastructure(broker.bootstrapServers(),
                service -> "mongodb://127.0.0.1:" + proxies.get(service).port() + "/headcount-" + service, null);
        platform = LocalPlatform.start(infrastructure, LocalPlatform.Ports.anyFree());
        requisition = gateway("alice").post("/api/v1/requisitions", Map.of("title", "Backend Engineer",
                "level", "L4", "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank",
                "headcount", 100)).json().get("id").asString();
    }

    @AfterAll
    static void stopAndPrintTheTable() {
        StringBuilder table = new StringBuilder(String.format("%nFault suite (%d s faults, durable relay, 2 cores)%n"
                        + "%-46s %6s %5s %6s %6s %9s %9s %5s %9s%n", FAULT.toSeconds(), "fault", "sent", "2xx",
                "503", "other", "expected", "published", "dup", "converged"));
        ROWS.forEach((fault, row) -> table.append(String.format("%-46s %s%n", fault, row)));
        System.out.println(table);
        if (platform != null) {
            platform.close();
        }
        proxies.values().forEach(TcpProxy::close);
        stores.values().forEach(MongoServer::shutdownNow);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void with_the_broker_down_writes_still_succeed_and_every_event_arrives_after_it_is_back() {
        Stream stream = Stream.start(requisition);
        stream.awaitAcknowledged(20);
        broker.kill();
        long faultBegan = System.nanoTime();
        int beforeTheFault = stream.acknowledged();
        int unavailableBefore = stream.unavailable();
        // writes need no broker: more keep being answered 2xx with it gone (a count, not a rate: a slow machine
        // answers them later, a write path that needed the broker never would)
        stream.awaitAcknowledged(beforeTheFault + WRITES_WITHOUT_BROKER);
        stream.runFor(FAULT.minusNanos(System.nanoTime() - faultBegan));
        int duringTheFault = stream.acknowledged() - beforeTheFault;
        int unavailableDuring = stream.unavailable() - unavailableBefore;
        boolean brokerStillDown = !broker.isRunning();
        broker.start();
        stream.awaitAcknowledged(stream.acknowledged() + 20);
        stream.stop();

        Verdict verdict = verify(stream);
        record("broker down " + FAULT.toSeconds() + " s (process killed, restarted)", stream, verdict);
        assertThat(brokerStillDown).as("the writes above were answered while the broker was down").isTrue();
        // a rare 503 is the embedded store's own hiccup under concurrent inserts, seen once in ~4,500 writes, not
        // the broker's: at most one per hundred writes
        assertThat(unavailableDuring).as("503s while the broker was down").isLessThanOrEqualTo(duringTheFault / 100);
        verdict.assertClean(stream);
    }

    @Test
    @Order(2)
    void with_a_store_unreachable_its_service_answers_clean_503s_and_recovers_without_a_restart() {
        Stream stream = Stream.start(requisition);
        stream.awaitAcknowledged(20);
        proxies.get(LocalPlatform.CANDIDATE_SERVICE).cut();
        stream.runFor(FAULT);
        proxies.get(LocalPlatform.CANDIDATE_SERVICE).up();
        stream.awaitAcknowledged(stream.acknowledged() + 20);
        stream.stop();

        Verdict verdict = verify(stream);
        record("candidate store unreachable " + FAULT.toSeconds() + " s", stream, verdict);
        assertThat(stream.unavailable()).as("the outage was visible as 503s").isPositive();
        assertThat(stream.unavailableWithoutRetryAfter()).as("every 503 says when to retry").isZero();
        verdict.assertClean(stream);
    }

    @Test
    @Order(2)
    void with_a_consumers_own_store_unreachable_its_events_wait_and_are_applied_once_none_dead_lettered() {
        Stream stream = Stream.start(requisition);
        stream.awaitAcknowledged(20);
        proxies.get(LocalPlatform.INTERVIEW_SERVICE).cut(); // interview-service consumes CandidateSourced
        stream.runFor(FAULT);
        proxies.get(LocalPlatform.INTERVIEW_SERVICE).up();
        stream.awaitAcknowledged(stream.acknowledged() + 20);
        stream.stop();

        Verdict verdict = verify(stream);
        record("interview store unreachable " + FAULT.toSeconds() + " s (consumer)", stream, verdict);
        verdict.assertClean(stream);
        Set<String> created = Set.copyOf(stream.created());
        assertThat(TopicLog.records(broker.bootstrapServers(), List.of(Topics.deadLetterOf(Topics.CANDIDATE)))
                .stream().filter(r -> created.contains(r.key()) && fromGroup(r, "interview-service")))
                .as("an outage of the consumer's store is not the events' fault: nothing dead-lettered").isEmpty();
    }

    @Test
    @Order(3)
    void a_consumer_stopped_mid_stream_and_restarted_loses_and_doubles_nothing() {
        MessageListenerContainer consumer = platform.context(LocalPlatform.INTERVIEW_SERVICE)
                .getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("interview-service-events");
        Stream stream = Stream.start(requisition);
        stream.awaitAcknowledged(20);
        consumer.stop();
        stream.runFor(Duration.ofSeconds(Math.min(10, FAULT.toSeconds())));
        consumer.start();
        stream.awaitAcknowledged(stream.acknowledged() + 20);
        stream.stop();

        Verdict verdict = verify(stream);
        record("interview consumer stopped and restarted", stream, verdict);
        verdict.assertClean(stream);
    }

    /**
     * A second interview-service replica in a JVM of its own shares the consumer group; it is killed with SIGKILL
     * mid-stream, so the records it had read but not committed are read again by the replica that takes its
     * partitions over: the events it had applied must not be applied twice, and none may be lost.
     */
    @Test
    @Order(3)
    void a_consumer_replica_killed_with_sigkill_mid_stream_loses_and_doubles_nothing() {
        ChildJvm replica = ChildJvm.start("io.headcount.interview.InterviewServiceApplication", List.of(
                LocalPlatform.serviceArgs(infrastructure, LocalPlatform.INTERVIEW_SERVICE, FreePorts.one(),
                        // its partitions move to the surviving replica soon after the kill, not after 45 s
                        "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                        // "partitions assigned" comes from KafkaMessageListenerContainer$ListenerConsumer
                        "--logging.level.org.springframework.kafka.listener=INFO")),
                "384m", Map.of(), "Started InterviewServiceApplication", Duration.ofSeconds(120));
        Stream stream = Stream.start(requisition);
        try {
            await().atMost(Duration.ofSeconds(90)).failFast("the replica exited: " + replica.tail(),
                    () -> !replica.isAlive()).until(() -> replica.printed("partitions assigned: [headcount"));
            stream.awaitAcknowledged(stream.acknowledged() + 40); // the replica consumes its share of these
            replica.kill();
            stream.awaitAcknowledged(stream.acknowledged() + 40);
        } finally {
            stream.stop();
            if (replica.isAlive()) {
                replica.kill();
            }
        }

        Verdict verdict = verify(stream);
        record("interview replica killed (SIGKILL), consumer", stream, verdict);
        verdict.assertClean(stream);
    }

    @Test
    @Order(4)
    void a_hundred_concurrent_edits_of_one_candidate_each_win_exactly_one_version() throws Exception {
        Api alice = gateway("alice");
        String candidateId = alice.post("/api/v1/candidates", person("If-Match Race")).json().get("id").asString();
        int editors = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ConcurrentLinkedQueue<String> winningVersions = new ConcurrentLinkedQueue<>();
        AtomicInteger stale = new AtomicInteger();
        ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int editor = 0; editor < editors; editor++) {
            int me = editor;
            done.add(pool.submit(() -> {
                go.await();
                while (true) { // read, edit, retry on 412: every editor's change must land exactly once
                    Api.Response read = alice.get("/api/v1/candidates/" + candidateId);
                    Api.Response written = alice.header("If-Match", read.header("ETag")).put("/api/v1/candidates/"
                            + candidateId + "/profile", Map.of("fullName", "Editor " + me,
                            "currentTitle", "edit " + me));
                    if (written.status() == 200) {
                        winningVersions.add(written.header("ETag"));
                        return null;
                    }
                    if (written.status() == 412) {
                        stale.incrementAndGet();
                    } else {
                        others.add("read " + read.status() + ", write " + written);
                        return null;
                    }
                }
            }));
        }
        go.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long firstVersion = 2;
        Set<String> expectedVersions = java.util.stream.LongStream.range(firstVersion, firstVersion + editors)
                .mapToObj(v -> "\"" + v + "\"").collect(Collectors.toSet());
        String finalVersion = alice.get("/api/v1/candidates/" + candidateId).header("ETag");
        ROWS.put("100 concurrent If-Match edits of one candidate", String.format("%6d %5d %6d %6d %9s %9s %5s %9s",
                editors + stale.get() + others.size(), winningVersions.size(), 0, others.size(), "-", "-", "-",
                "412 x" + stale.get()));
        assertThat(others.size()).as("answers other than 200 or 412: %s", others).isZero();
        assertThat(winningVersions).as("one 2xx per version, no version won twice")
                .hasSize(editors).doesNotHaveDuplicates();
        assertThat(Set.copyOf(winningVersions)).isEqualTo(expectedVersions);
        assertThat(finalVersion).as("no lost update").isEqualTo("\"" + (firstVersion + editors - 1) + "\"");
    }

    @Test
    @Order(5)
    void poison_events_go_to_the_dead_letter_topic_the_partition_flows_and_a_fixed_one_can_be_re_driven() {
        String poisoned = "cand-poison-" + UUID.randomUUID();
        String fixedLater = "cand-fixed-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            // not a CloudEvent at all
            producer.send(new ProducerRecord<>(Topics.CANDIDATE, poisoned, "{not json".getBytes(
                    StandardCharsets.UTF_8)));
            // a type from the future: skipped on purpose (a newer producer may know more types), not dead-lettered
            producer.send(cloudEvent(poisoned, "io.headcount.candidate.CandidateTeleported.v1", "{\"to\":\"mars\"}"));
            // a known type whose payload breaks its schema (candidateId must be a string)
            producer.send(cloudEvent(fixedLater, "io.headcount.candidate.CandidateSourced.v1",
                    "{\"candidateId\": {\"oops\": 1}, \"requisitionId\": \"" + requisition + "\"}"));
            // and a good event behind them on the same partition
            producer.send(cloudEvent(poisoned, "io.headcount.candidate.CandidateSourced.v1", sourcedJson(poisoned)));
        }

        Api hank = gateway("hank");
        await().atMost(CONVERGENCE).until(() -> hank.get("/api/v1/interview-loops?candidateId=" + poisoned).json()
                .get("items").size() == 1);
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(CONVERGENCE).until(
                () -> TopicLog.records(broker.bootstrapServers(), List.of(Topics.deadLetterOf(Topics.CANDIDATE))),
                records -> records.stream().anyMatch(r -> fixedLater.equals(r.key()) && fromGroup(r,
                        "interview-service")) && records.stream().anyMatch(r -> poisoned.equals(r.key())));
        ConsumerRecord<String, byte[]> broken = deadLetters.stream().filter(r -> fixedLater.equals(r.key())
                && fromGroup(r, "interview-service")).findFirst().orElseThrow();
        assertThat(deadLetters).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("mars"));

        DeadLetterRedrive.redrive(broker.bootstrapServers(), broken.topic(), broken.partition(), broken.offset(),
                sourcedJson(fixedLater).getBytes(StandardCharsets.UTF_8));

        await().atMost(CONVERGENCE).until(() -> hank.get("/api/v1/interview-loops?candidateId=" + fixedLater).json()
                .get("items").size() == 1);
        ROWS.put("poison: bad JSON, unknown type, schema-invalid", String.format("%6d %5s %6s %6s %9s %9s %5s %9s",
                4, "-", "-", "-", "2 DLT", "1 skip", "-", "re-driven"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Verdict(List<String> lost, long expected, long publishedIds, long duplicates, boolean converged,
                           long idsPerChangeAboveOne) {
        void assertClean(Stream stream) {
            assertThat(stream.otherErrors()).as("no 5xx other than clean 503s, no other errors").isZero();
            assertThat(lost).as("every 2xx stored").isEmpty();
            assertThat(publishedIds).as("every stored candidate's event published").isEqualTo(expected);
            assertThat(idsPerChangeAboveOne).as("one event id per change").isZero();
            assertThat(converged).as("every view converged").isTrue();
        }
    }

    private static Verdict verify(Stream stream) {
        Api alice = gateway("alice");
        Api hank = gateway("hank");
        List<String> lost = stream.created().stream()
                .filter(id -> alice.get("/api/v1/candidates/" + id).status() != 200).toList();
        boolean converged;
        long converging = System.nanoTime();
        try {
            await().atMost(CONVERGENCE).until(() -> stream.created().stream().allMatch(id -> hank.get(
                    "/api/v1/interview-loops?candidateId=" + id).json().get("items").size() == 1));
            converged = true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            converged = false;
        }
        System.out.printf("views %s after %.0f s%n", converged ? "converged" : "had not converged",
                (System.nanoTime() - converging) / 1e9);
        Set<String> created = Set.copyOf(stream.created());
        List<TopicLog.Event> sourced = await().atMost(CONVERGENCE).until(() -> TopicLog.readAll(
                broker.bootstrapServers()).stream().filter(e -> e.type().endsWith(".CandidateSourced.v1")
                && created.contains(e.field("candidateId"))).toList(), events -> events.stream()
                .map(e -> e.field("candidateId")).collect(Collectors.toSet()).size() == created.size());
        long distinctIds = sourced.stream().map(TopicLog.Event::id).distinct().count();
        long aboveOne = TopicLog.distinctIdsPerChange(sourced, e -> e.field("candidateId")).values().stream()
                .filter(count -> count > 1).count();
        return new Verdict(lost, created.size(), distinctIds, sourced.size() - distinctIds, converged, aboveOne);
    }

    private static void record(String fault, Stream stream, Verdict verdict) {
        ROWS.put(fault, String.format("%6d %5d %6d %6d %9d %9d %5d %9s", stream.sent(), stream.acknowledged(),
                stream.unavailable(), stream.otherErrors(), verdict.expected(), verdict.publishedIds(),
                verdict.duplicates(), verdict.converged() ? "yes" : "NO"));
    }

    /** Recruiters sourcing candidates through the gateway, one after another, until stopped. */
    private static final class Stream {

        private final List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger unavailable = new AtomicInteger();
        private final AtomicInteger withoutRetryAfter = new AtomicInteger();
        private final AtomicInteger other = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> otherSamples = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService recruiters = Executors.newFixedThreadPool(3);

        static Stream start(String requisition) {
            Stream stream = new Stream();
            Api alice = gateway("alice");
            for (int i = 0; i < 3; i++) {
                stream.recruiters.submit(() -> {
                    while (stream.running.get()) {
                        stream.sent.incrementAndGet();
                        Api.Response response;
                        try {
                            response = alice.post("/api/v1/candidates", person("Fault Stream"));
                        } catch (RuntimeException e) {
                            stream.other.incrementAndGet();
                            stream.otherSamples.add(e.toString());
                            continue;
                        }
                        if (response.status() == 201) {
                            stream.created.add(response.json().get("id").asString());
                        } else if (response.status() == 503
                                && response.contentType().startsWith("application/problem+json")) {
                            stream.unavailable.incrementAndGet();
                            if (response.header("Retry-After") == null) {
                                stream.withoutRetryAfter.incrementAndGet();
                            }
                            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000); // as a client backs off
                        } else {
                            stream.other.incrementAndGet();
                            stream.otherSamples.add(response.toString());
                        }
                    }
                });
            }
            return stream;
        }

        void awaitAcknowledged(int count) {
            await().atMost(CONVERGENCE).until(() -> created.size() >= count);
        }

        void runFor(Duration duration) {
            long end = System.nanoTime() + duration.toNanos();
            await().atMost(duration.plusSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> System.nanoTime() >= end);
        }

        void stop() {
            running.set(false);
            recruiters.shutdown();
            try {
                assertThat(recruiters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            otherSamples.stream().limit(5).forEach(sample -> System.out.println("other error: " + sample));
        }

        List<String> created() {
            synchronized (created) {
                return List.copyOf(created);
            }
        }

        int sent() {
            return sent.get();
        }

        int acknowledged() {
            return created.size();
        }

        int unavailable() {
            return unavailable.get();
        }

        int unavailableWithoutRetryAfter() {
            return withoutRetryAfter.get();
        }

        int otherErrors() {
            return other.get();
        }
    }

    private static Map<String, Object> person(String name) {
        return Map.of("requisitionId", requisition, "sourceChannel", "REFERRAL", "profile", Map.of("fullName", name,
                "email", UUID.randomUUID() + "@example.com"));
    }

    private static String sourcedJson(String candidateId) {
        return "{\"candidateId\":\"" + candidateId + "\",\"requisitionId\":\"" + requisition + "\","
                + "\"sourceChannel\":\"REFERRAL\",\"fullName\":\"Re Driven\",\"email\":null,\"skills\":[]}";
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String key, String type, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CANDIDATE, key,
                json.getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", type,
                "ce_source", "/fault-suite", "ce_specversion", "1.0", "ce_time", java.time.Instant.now().toString(),
                "ce_subject", key, "ce_teamid", "team-a", "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static boolean fromGroup(ConsumerRecord<String, byte[]> record, String group) {
        var header = record.headers().lastHeader("kafka_dlt-original-consumer-group");
        return header != null && group.equals(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static Api gateway(String user) {
        return Api.at(platform.gatewayUrl()).as(user);
    }

}
