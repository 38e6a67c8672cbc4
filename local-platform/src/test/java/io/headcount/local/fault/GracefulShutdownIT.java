package io.headcount.local.fault;

import io.headcount.candidate.CandidateServiceApplication;
import io.headcount.events.Topics;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.FreePorts;
import io.headcount.testsupport.PublishedEvents;
import io.headcount.testsupport.TestInfrastructure;
import io.headcount.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.headcount.testsupport.PublishedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service told to stop (what SIGTERM does: the context closes) while 20 requests are in flight on a slow store:
 * it finishes them, publishes their events before it exits, and nothing is left for the next start to find.
 */
class GracefulShutdownIT {

    private static final int IN_FLIGHT = 20;

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.CANDIDATE));

    @Test
    void stopping_with_twenty_requests_in_flight_completes_them_and_loses_no_event() throws Exception {
        String database = "graceful-" + UUID.randomUUID().toString().substring(0, 8);
        URI store = URI.create(TestInfrastructure.get().mongoUri(database));
        try (TcpProxy slowStore = new TcpProxy(FreePorts.one(), store.getPort()).up()) {
            String uri = "mongodb://127.0.0.1:" + slowStore.port() + "/" + database;
            ConfigurableApplicationContext service = start(uri);
            Api alice = Api.at("http://127.0.0.1:" + port(service)).as("alice");
            String requisitionId = alice.post("/api/v1/requisitions", Map.of("title", "SRE", "level", "L4",
                    "location", "Berlin, DE", "workMode", "HYBRID", "hiringManagerId", "hank", "headcount", 30))
                    .json().get("id").asString();

            // twenty creates held up by a store that answers each write 250 ms late
            slowStore.latency(Duration.ofMillis(250));
            ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
            List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                int n = i;
                answers.add(CompletableFuture.supplyAsync(() -> alice.post("/api/v1/candidates", Map.of(
                        "requisitionId", requisitionId, "sourceChannel", "REFERRAL", "profile", Map.of(
                                "fullName", "In Flight " + n, "email", "flight-" + UUID.randomUUID() + "@example.com",
                                "skills", List.of("Go")))), clients));
            }
            await().until(() -> activeRequests(service) >= IN_FLIGHT);

            // when the service is told to stop while all twenty are in flight
            long stopping = System.nanoTime();
            service.close();
            Duration stop = Duration.ofNanos(System.nanoTime() - stopping);

            // then every one was answered: created, or a clean 503 problem a client retries
            List<Api.Response> responses = answers.stream().map(CompletableFuture::join).toList();
            clients.shutdown();
            List<String> created = responses.stream().filter(r -> r.status() == 201)
                    .map(r -> r.json().get("id").asString()).toList();
            assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body())
                    .isIn(201, 503));
            assertThat(responses).filteredOn(r -> r.status() == 503)
                    .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
            System.out.printf("graceful stop with %d requests in flight: %d created, %d answered 503, stopped in "
                    + "%.1f s%n", IN_FLIGHT, created.size(), IN_FLIGHT - created.size(), stop.toMillis() / 1000.0);
            assertThat(created).as("the store was slow, not gone: the stop let them finish").hasSize(IN_FLIGHT);

            // and their events went out before the process exited: nothing pending, each published once
            slowStore.latency(Duration.ZERO);
            try (MongoClient client = MongoClients.create(store.toString())) {
                assertThat(client.getDatabase(database).getCollection("candidates")
                        .countDocuments(new Document("outboxPending", true)))
                        .as("documents left with unpublished events").isZero();
            }
            await().until(() -> published.matching(ofType("CandidateSourced")).stream()
                    .filter(e -> created.contains(e.subject())).count() == IN_FLIGHT);

            // a restart on the same data finds nothing to publish again
            ConfigurableApplicationContext restarted = start(uri);
            try {
                assertThat(Api.at("http://127.0.0.1:" + port(restarted)).as("alice")
                        .get("/api/v1/candidates/" + created.get(0)).status()).isEqualTo(200);
            } finally {
                restarted.close();
            }
            assertThat(published.matching(ofType("CandidateSourced")).stream()
                    .filter(e -> created.contains(e.subject()))).hasSize(IN_FLIGHT);
        }
    }

    private static ConfigurableApplicationContext start(String mongoUri) {
        return CandidateServiceApplication.application().run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.get().kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                "--spring.kafka.listener.auto-startup=false", // the HTTP side and the relay are under test
                // its own consumer group: this instance must not take partitions from the platform's
                "--spring.application.name=candidate-service-graceful-" + UUID.randomUUID());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer()
                .getPort();
    }

    private static long activeRequests(ConfigurableApplicationContext service) {
        return Search.in(service.getBean(MeterRegistry.class)).name("http.server.requests.active")
                .longTaskTimers().stream().mapToLong(timer -> timer.activeTasks()).sum();
    }
}
