package io.headcount.local;

import io.headcount.events.EventEnvelope;
import io.headcount.events.Topics;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.CapturedSpans;
import io.headcount.testsupport.PrometheusScrape;
import io.headcount.testsupport.PublishedEvents;
import io.headcount.testsupport.TestInfrastructure;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.headcount.testsupport.PublishedEvents.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Traces through the outbox and the metrics an operator watches, read from the running platform. */
class ObservabilityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    private static LocalPlatform platform;

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(Topics.all());

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.get();
    }

    @Test
    void one_trace_runs_from_the_callers_request_through_the_gateway_the_outbox_and_kafka_to_every_consumer() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        Api alice = Api.at(platform.gatewayUrl()).as("alice")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");

        String requisitionId = alice.post("/api/v1/requisitions", requisition()).json().get("id").asString();

        EventEnvelope opened = published.awaitOne(requisitionId, "RequisitionOpened");
        assertThat(opened.traceparent()).as("the event carries the request's trace").contains(traceId);
        ConsumerRecord<String, byte[]> record = published.records().stream()
                .filter(r -> opened.id().equals(header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(header(record, "traceparent")).as("Kafka's trace header names the relay's publish span")
                .contains(traceId);

        List<SpanData> trace = await().atMost(PATIENCE).until(() -> CapturedSpans.ofTrace(traceId),
                spans -> consumersIn(spans).containsAll(Set.of("interview-service", "offer-service")));
        assertThat(trace).extracting(span -> span.getResource().getAttribute(SERVICE_NAME)).contains("gateway",
                "candidate-service", "interview-service", "offer-service");
        assertThat(trace).anySatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(span.getName()).isEqualTo("publish " + Topics.CANDIDATE);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("messaging.message.id")))
                    .isEqualTo(opened.id());
        });
        assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.SERVER)
                .extracting(span -> span.getResource().getAttribute(SERVICE_NAME))
                .contains("gateway", "candidate-service");
    }

    @Test
    void prometheus_shows_outbox_consumer_idempotency_search_and_dead_letter_metrics_after_a_hiring_flow()
            throws Exception {
        Api alice = Api.at(platform.gatewayUrl()).as("alice");
        String requisitionId = alice.post("/api/v1/requisitions", requisition()).json().get("id").asString();
        Map<String, Object> candidate = Map.of("requisitionId", requisitionId, "sourceChannel", "REFERRAL",
                "profile", Map.of("fullName", "Grace Hopper", "email", "grace-" + UUID.randomUUID() + "@example.com",
                        "skills", List.of("COBOL")));
        Api keyed = alice.header("Idempotency-Key", UUID.randomUUID().toString());
        String candidateId = keyed.post("/api/v1/candidates", candidate).json().get("id").asString();
        assertThat(keyed.post("/api/v1/candidates", candidate).header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(alice.get("/api/v1/candidates/search?q=Grace").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> alice.get("/api/v1/interview-loops?candidateId=" + candidateId)
                .json().get("items").size() == 1);
        poisonRecordOn(Topics.CANDIDATE);

        PrometheusScrape candidates = PrometheusScrape.of(platform.urlOf(LocalPlatform.CANDIDATE_SERVICE));
        assertThat(candidates.sum("headcount_outbox_events_published_total", "topic=\"" + Topics.CANDIDATE + "\""))
                .isPositive();
        assertThat(candidates.sum("headcount_outbox_delay_seconds_count", "")).isPositive();
        assertThat(candidates.names()).contains("headcount_outbox_pending_documents",
                "headcount_outbox_oldest_pending_age_seconds", "headcount_outbox_publish_failures_total");
        assertThat(candidates.sum("headcount_idempotency_replays_total", "")).isPositive();
        assertThat(candidates.sum("headcount_search_seconds_count", "")).isPositive();
        assertThat(candidates.sum("http_server_requests_seconds_count", "uri=\"/api/v1/candidates\"")).isPositive();

        for (String consumer : List.of(LocalPlatform.INTERVIEW_SERVICE, LocalPlatform.OFFER_SERVICE)) {
            PrometheusScrape scrape = await().atMost(PATIENCE).until(() -> PrometheusScrape.of(platform.urlOf(consumer)),
                    s -> s.sum("headcount_consumer_dead_lettered_total", "topic=\"" + Topics.CANDIDATE + "\"") > 0);
            assertThat(scrape.sum("headcount_consumer_handling_seconds_count", "outcome=\"applied\"")).as(consumer)
                    .isPositive();
            assertThat(scrape.sum("headcount_consumer_delay_seconds_count", "")).as(consumer).isPositive();
            assertThat(scrape.names()).as(consumer).contains("headcount_consumer_retries_total",
                    "kafka_consumer_fetch_manager_records_lag_max");
        }
        assertThat(PrometheusScrape.of(platform.gatewayUrl()).sum("http_server_requests_seconds_count", "")).isPositive();

        // every series the dashboard draws and the alerts watch exists, tagged with its application
        Set<String> scraped = new java.util.HashSet<>();
        for (String application : List.of(LocalPlatform.GATEWAY, LocalPlatform.CANDIDATE_SERVICE,
                LocalPlatform.INTERVIEW_SERVICE, LocalPlatform.OFFER_SERVICE)) {
            PrometheusScrape scrape = PrometheusScrape.of(platform.urlOf(application));
            scraped.addAll(scrape.names());
            assertThat(scrape.sum("http_server_requests_seconds_count", "application=\"" + application + "\""))
                    .as(application).isPositive();
        }
        for (String file : List.of("grafana/dashboards/headcount.json", "alerts.yml")) {
            String watched = Files.readString(Path.of("../deploy/observability").resolve(file));
            Matcher metric = Pattern.compile("\\b(headcount_\\w+|http_server_requests_\\w+|kafka_consumer_\\w+)")
                    .matcher(watched);
            List<String> names = metric.results().map(m -> m.group(1)).distinct().toList();
            assertThat(names).as(file).isNotEmpty();
            assertThat(scraped).as(file).containsAll(names);
        }
    }

    private static Set<String> consumersIn(List<SpanData> spans) {
        return spans.stream().filter(span -> span.getKind() == SpanKind.CONSUMER)
                .map(span -> span.getResource().getAttribute(SERVICE_NAME)).collect(Collectors.toSet());
    }

    private static Map<String, Object> requisition() {
        return Map.of("title", "Platform Engineer", "level", "L4", "location", "Berlin, DE", "workMode", "HYBRID",
                "techStack", List.of("java"), "hiringManagerId", "hank", "headcount", 1);
    }

    /** A record no consumer can read (no CloudEvents headers): it must end in the dead-letter topic. */
    private static void poisonRecordOn(String topic) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "poison-" + UUID.randomUUID(),
                    "{not an event".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
