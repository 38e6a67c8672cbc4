package io.headcount.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.InterviewStage;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * The subscribers' side at sustained event rates: events published on a topic at 50/s, then 200/s, 30 s each, with the
 * whole platform consuming them, then 200/s again with only the subscribers consuming (the other services' listeners
 * stopped: deployed, each service has CPUs of its own; here all share two) (the yardstick:
 * the topic's own rate, same broker, same run), and what reaches (1) a webhook receiver on this machine through
 * webhook-service — delivered/s as a ratio of published/s, and publish-to-receipt latency — and (2) insights-service
 * — how far behind the topic its facts are (write-to-applied, from its consumer-delay histogram).
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=SubscriberBenchmark</pre>
 */
public final class SubscriberBenchmark {

    private SubscriberBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = java.util.Arrays.stream(System.getProperty("headcount.bench.rates", "50,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("headcount.bench.seconds", 30);
        System.setProperty("headcount.bench.args", (System.getProperty("headcount.bench.args", "")
                + " --headcount.webhooks.allowed-targets=127.0.0.1").trim());
        Map<String, Long> published = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Boolean> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.ExecutorService receiving = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String eventId = exchange.getRequestHeaders().getFirst("Headcount-Event-Id");
            Long sent = published.get(eventId);
            if (sent != null && received.putIfAbsent(eventId, true) == null) {
                latencies.add((System.nanoTime() - sent) / 1e6);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try (BenchPlatform bench = BenchPlatform.start();
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.infrastructure.kafkaBootstrapServers(),
                     ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 2),
                     new StringSerializer(), new ByteArraySerializer())) {
            Api tess = bench.gateway("tess");
            Api.Response endpoint = tess.post("/api/v1/webhooks/endpoints", Map.of("url", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook", "eventTypes",
                    List.of("io.headcount.interview.ScreenPassed.v1")));
            if (endpoint.status() != 201) {
                throw new IllegalStateException("could not register the receiver: " + endpoint);
            }
            Timer insightsDelay = bench.platform.context(LocalPlatform.INSIGHTS_SERVICE).getBean(MeterRegistry.class)
                    .timer("headcount.consumer.delay", "type", "io.headcount.interview.ScreenPassed.v1");
            publish(producer, published, rates[0], 5); // warm-up
            awaitDrained(received, published, Duration.ofSeconds(30));
            StringBuilder table = new StringBuilder(String.format("""

                    subscribers for %d s per rate (one JVM: platform, broker, receiver, producer)
                    | consuming | events/s published (yardstick: the topic's rate) | webhook delivered/s | fan-out ratio (target >= 0.8) | webhook publish -> receipt p50 / p99 ms | insights applied | insights lag p99 ms |
                    |---|---|---|---|---|---|---|
                    """, seconds));
            List<String> phases = new java.util.ArrayList<>();
            if (!Boolean.getBoolean("headcount.bench.alone-only")) { // -D...=true: profile the subscribers alone
                for (int rate : rates) {
                    phases.add("platform:" + rate);
                }
            }
            phases.add("alone:" + rates[rates.length - 1]);
            for (String phase : phases) {
                int rate = Integer.parseInt(phase.substring(phase.indexOf(':') + 1));
                boolean alone = phase.startsWith("alone");
                if (alone) {
                    // as deployed, each service has CPUs of its own: the others stop consuming, the subscribers remain
                    for (String other : List.of(LocalPlatform.CANDIDATE_SERVICE, LocalPlatform.INTERVIEW_SERVICE,
                            LocalPlatform.OFFER_SERVICE)) {
                        bench.platform.context(other).getBean(KafkaListenerEndpointRegistry.class).stop();
                    }
                }
                long insightsBefore = insightsDelay.count();
                CountAtBucket[] bucketsBefore = insightsDelay.takeSnapshot().histogramCounts();
                published.clear();
                received.clear();
                latencies.clear();

                long started = System.nanoTime();
                publish(producer, published, rate, seconds);
                double publishSeconds = (System.nanoTime() - started) / 1e9;
                awaitDrained(received, published, Duration.ofSeconds(120));
                double deliverSeconds = (System.nanoTime() - started) / 1e9;
                Stats webhook = Stats.of(latencies);
                long insightsApplied = insightsDelay.count() - insightsBefore;
                String insightsP99 = p99(bucketsBefore, insightsDelay.takeSnapshot().histogramCounts(),
                        insightsApplied);
                double publishedRate = published.size() / publishSeconds;
                double deliveredRate = received.size() / deliverSeconds;
                table.append(String.format("| %s | %.0f (%d events) | %.0f (%d received) | %.2f | %s / %s | %d | %s |%n",
                        alone ? "subscribers alone" : "whole platform", publishedRate, published.size(), deliveredRate, received.size(),
                        deliveredRate / publishedRate, Stats.ms(webhook.p50()), Stats.ms(webhook.p99()),
                        insightsApplied, insightsP99));
                awaitDrained(received, published, Duration.ofSeconds(60));
            }
            System.out.println(table);
        } finally {
            receiver.stop(0);
            receiving.shutdownNow(); // its threads would keep the JVM alive
        }
    }

    private static void publish(KafkaProducer<String, byte[]> producer, Map<String, Long> published, int rate,
                                int seconds) throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            next += interval;
            String candidate = "bench-" + UUID.randomUUID();
            EventEnvelope envelope = EventEnvelope.wrap(new ScreenPassed("loop-" + candidate, candidate,
                    "req-bench", InterviewStage.RECRUITER_SCREEN, "recruiter-screen"),
                    "/headcount/benchmark", "team-a", Instant.now(), null, null);
            published.put(envelope.id(), System.nanoTime());
            producer.send(CloudEventsKafka.toRecord(envelope));
        }
        producer.flush();
    }

    private static void awaitDrained(Map<String, Boolean> received, Map<String, Long> published, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (received.size() < published.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /**
     * The upper bound of the bucket holding the 99th percentile of the {@code total} values recorded between two
     * snapshots (bucket counts are cumulative).
     */
    private static String p99(CountAtBucket[] before, CountAtBucket[] after, long total) {
        for (int i = 0; i < after.length; i++) {
            double count = after[i].count() - (i < before.length ? before[i].count() : 0);
            if (count >= 0.99 * total) {
                return "<= " + Stats.ms(after[i].bucket(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
        }
        return "> " + Stats.ms(after[after.length - 1].bucket(java.util.concurrent.TimeUnit.MILLISECONDS));
    }
}
