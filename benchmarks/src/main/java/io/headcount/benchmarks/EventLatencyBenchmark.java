package io.headcount.benchmarks;

import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.Api;
import org.apache.kafka.clients.admin.Admin;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event latency: an API write (source a candidate, through the gateway) until its downstream effect is applied
 * (interview-service shows the candidate's loop), idle and under a sustained background load of candidates, against
 * the yardstick of Kafka's own produce-to-consume latency on the same broker, in the same run.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=EventLatencyBenchmark</pre>
 * Background loads of 50 and 200 creates/s for 60 s each (system properties {@code headcount.bench.rates} and
 * {@code headcount.bench.seconds} when run from an IDE). Before them, after the idle probes, a warm-up at the highest
 * rate that is not measured ({@code headcount.bench.warmup-seconds}, 90): six applications in one JVM keep the JIT
 * compiler busy for minutes after start, and a deployed platform runs warm. Each phase begins once the one before has
 * been worked off (the process quiet again).
 */
public final class EventLatencyBenchmark {

    private EventLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = java.util.Arrays.stream(System.getProperty("headcount.bench.rates", "50,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("headcount.bench.seconds", 60);
        try (BenchPlatform bench = BenchPlatform.start()) {
            Stats kafka = kafkaEndToEnd(bench.infrastructure.kafkaBootstrapServers(), 2000, 200);
            Api alice = bench.gateway("alice");
            Api loops = bench.direct(LocalPlatform.INTERVIEW_SERVICE, "hank");
            String requisition = alice.post("/api/v1/requisitions", Map.of("title", "Backend Engineer",
                    "level", "L4", "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank",
                    "headcount", 100)).json().get("id").asString();
            for (int i = 0; i < 50; i++) {
                probe(alice, loops, requisition); // warm-up
            }
            ConcurrentLinkedQueue<Double> idle = new ConcurrentLinkedQueue<>();
            ThreadCpu idleCpu = ThreadCpu.now();
            for (int i = 0; i < 200; i++) {
                idle.add(probe(alice, loops, requisition));
            }
            String idleCpuUse = idleCpu.perUnitSince(idle.size(), "probe", 5);
            int warmUp = Integer.getInteger("headcount.bench.warmup-seconds", 90);
            if (warmUp > 0) {
                Load load = new Load(bench.gateway("alice"), requisition,
                        java.util.Arrays.stream(rates).max().orElse(200));
                ThreadCpu cpu = ThreadCpu.now();
                load.runWhileProbing(warmUp, () -> probe(alice, loops, requisition));
                System.out.printf("warm-up, %d s at %d/s asked (not measured): %s%n", warmUp, load.rate,
                        cpu.perUnitSince(load.done.get(), "answered create", 3));
                ThreadCpu.awaitQuiet(0.5, java.time.Duration.ofSeconds(120)); // the consumers caught up
            }
            Stats idleStats = Stats.of(idle);
            StageDelays stages = new StageDelays()
                    .stage("relay (write -> broker ack)", bench.platform.urlOf(LocalPlatform.CANDIDATE_SERVICE),
                            "headcount_outbox_delay_seconds", "")
                    .stage("interview-service (write -> loop stored)",
                            bench.platform.urlOf(LocalPlatform.INTERVIEW_SERVICE),
                            "headcount_consumer_delay_seconds", "CandidateSourced");
            StringBuilder loadedRows = new StringBuilder();
            List<String> loadNotes = new java.util.ArrayList<>();
            for (int rate : rates) {
                Load load = new Load(bench.gateway("alice"), requisition, rate);
                stages.mark();
                ThreadCpu cpu = ThreadCpu.now();
                Load.Phase phase = load.runWhileProbing(seconds, () -> probe(alice, loops, requisition));
                String cpuUse = cpu.perUnitSince(load.done.get(), "answered create", 5);
                loadedRows.append(rowText(String.format("API write -> effect, %d/s asked for %d s", rate, seconds),
                        Stats.of(phase.probes()), kafka));
                loadNotes.add(String.format("load %d/s asked: %.1f creates/s achieved, %d not sent (all %d clients "
                        + "busy), %d errors %s", rate, phase.achieved(), load.skipped.get(), Load.CLIENTS, load.errors.get(),
                        load.kinds));
                loadNotes.add("  stages at " + rate + "/s: " + stages.sinceMark());
                loadNotes.add("  CPU at " + rate + "/s: " + cpuUse);
                // let the platform drain what the load left behind before the next rate
                ThreadCpu.awaitQuiet(0.5, java.time.Duration.ofSeconds(120));
            }

            System.out.printf("%nEvent latency: source a candidate through the gateway -> interview-service shows "
                    + "its loop (durable local platform, 2 cores)%n");
            System.out.printf("%-44s %8s %8s %8s %8s %12s%n", "measurement", "p50 ms", "p95 ms", "p99 ms", "max ms",
                    "p99/Kafka p99");
            row("Kafka produce -> consume (yardstick)", kafka, kafka);
            row("API write -> effect, idle", idleStats, kafka);
            System.out.print(loadedRows);
            System.out.println("  CPU while idle (one probe at a time): " + idleCpuUse);
            loadNotes.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static void row(String name, Stats stats, Stats kafka) {
        System.out.print(rowText(name, stats, kafka));
    }

    private static String rowText(String name, Stats stats, Stats kafka) {
        return String.format("%-44s %8s %8s %8s %8s %11.1fx%n", name, Stats.ms(stats.p50()), Stats.ms(stats.p95()),
                Stats.ms(stats.p99()), Stats.ms(stats.max()), stats.p99() / kafka.p99());
    }

    /** One write, then polls the downstream service every millisecond or so until the effect is there. */
    private static double probe(Api alice, Api loops, String requisition) {
        long start = System.nanoTime();
        Api.Response created = alice.post("/api/v1/candidates", person(requisition));
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        String candidateId = created.json().get("id").asString();
        // by candidacy (candidate + requisition): an index lookup, so polling does not load the platform
        while (loops.get("/api/v1/interview-loops?candidateId=" + candidateId + "&requisitionId=" + requisition)
                .json().get("items").isEmpty()) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                return 60_000; // counted as 60 s: the platform has fallen that far behind
            }
            // poll finely at first, then every 10 ms (resolution: 2 ms below 100 ms, 10 ms above)
            boolean early = System.nanoTime() - start < 100_000_000L;
            java.util.concurrent.locks.LockSupport.parkNanos(early ? 2_000_000 : 10_000_000);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static Map<String, Object> person(String requisition) {
        return Map.of("requisitionId", requisition, "sourceChannel", "LINKEDIN", "profile", Map.of(
                "fullName", "Latency Probe", "email", UUID.randomUUID() + "@example.com",
                "skills", List.of("java", "kafka"), "yearsOfExperience", 6));
    }

    /** Kafka's own end-to-end latency: records at {@code rate}/s, producer settings as the relay's. */
    static Stats kafkaEndToEnd(String bootstrap, int records, int rate) throws Exception {
        String topic = "bench-e2e-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                     new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            byte[] payload = new byte[600];
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            Thread sender = new Thread(() -> {
                long next = System.nanoTime();
                for (int i = 0; i < records; i++) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += interval;
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "k" + (i % 50), payload);
                    record.headers().add("sent", String.valueOf(System.nanoTime()).getBytes());
                    producer.send(record);
                }
            });
            sender.start();
            while (latencies.size() < records) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long sent = Long.parseLong(new String(record.headers().lastHeader("sent").value()));
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
            }
            sender.join();
        }
        // the first records include connection set-up on both sides
        return Stats.of(latencies.stream().skip(records / 10).toList());
    }

    /** Sources candidates at a fixed rate from a few threads, for background load. */
    private static final class Load {

        private final Api api;
        private final String requisition;
        private final int rate;
        static final int CLIENTS = 16;
        private final AtomicInteger errors = new AtomicInteger();
        /** Status or exception of each failed create. */
        private final Failures kinds = new Failures();
        private volatile boolean stopping;
        private final AtomicInteger skipped = new AtomicInteger();
        private final AtomicLong done = new AtomicLong();
        private final java.util.concurrent.Semaphore free = new java.util.concurrent.Semaphore(CLIENTS);
        private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        private final java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);

        Load(Api api, String requisition, int rate) {
            this.api = api;
            this.requisition = requisition;
            this.rate = rate;
        }

        /** What a loaded phase measured: the probes' latencies and the creates per second answered. */
        record Phase(List<Double> probes, double achieved) {
        }

        /** The load for {@code seconds}, while {@code probe} measures one write every 100 ms. */
        Phase runWhileProbing(int seconds, java.util.concurrent.Callable<Double> probe) throws Exception {
            List<Double> probes = new java.util.ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            start(end);
            while (System.nanoTime() < end) {
                probes.add(probe.call());
                Thread.sleep(100);
            }
            return new Phase(probes, stop(seconds));
        }

        /** Sends until {@code end} (a probe still waiting then is measured to its end, without load). */
        void start(long end) {
            long periodMicros = 1_000_000L / rate;
            // an open workload as far as CLIENTS connections allow; a tick that finds them all busy is not queued
            ticks.scheduleAtFixedRate(() -> {
                if (System.nanoTime() - end >= 0) {
                    return;
                }
                if (!free.tryAcquire()) {
                    skipped.incrementAndGet();
                    return;
                }
                workers.submit(() -> {
                    try {
                        Api.Response response = api.post("/api/v1/candidates", person(requisition));
                        if (response.status() == 201) {
                            done.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            kinds.record(String.valueOf(response.status()));
                        }
                    } catch (RuntimeException e) {
                        if (stopping) {
                            return; // cut off by stop(): in flight when the load ended, not an answer
                        }
                        errors.incrementAndGet();
                        kinds.record(e.getClass().getSimpleName());
                    } finally {
                        free.release();
                    }
                });
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
        }

        /** Creates per second of the {@code seconds} the load ran, counting the answers to what it sent by then. */
        double stop(int seconds) throws InterruptedException {
            free.tryAcquire(CLIENTS, 30, TimeUnit.SECONDS); // the last sends answered
            long completed = done.get();
            stopping = true;
            ticks.shutdownNow();
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
            return completed / (double) seconds;
        }
    }
}
