package io.headcount.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.sun.net.httpserver.HttpServer;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.FastTrackPlan;
import io.headcount.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The privacy promise read where it lives, not through the API: after {@code CandidateErased}, no document in any
 * service's database — candidate, interview, offer, webhook (its delivery log included), insights — holds a personal
 * field of that candidate. The same scan first finds every one of them there, so it cannot pass by looking nowhere.
 */
class ErasureEverywhereIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalPlatform platform;
    private static HttpServer receiver;
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPlatformAndReceiver() throws IOException {
        platform = TestPlatform.get();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void after_erasure_no_store_of_any_service_holds_a_personal_field_of_the_candidate() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // a team of its own, so its webhook endpoint receives only this test's events
        String team = "team-erasure-" + unique;
        Api recruiter = as("rita", team, "RECRUITER");
        Api manager = as("hugo", team, "HIRING_MANAGER");
        Api admin = as("tara", team, "TEAM_ADMIN");
        assertThat(admin.post("/api/v1/webhooks/endpoints", Map.of("url", "http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/" + unique)).status()).isEqualTo(201);
        String requisition = created(recruiter.post("/api/v1/requisitions", Map.of("title", "Platform Engineer",
                "level", "L5", "location", "Austin, US", "workMode", "HYBRID", "hiringManagerId", "hugo",
                "headcount", 2)));
        FastTrackPlan.apply(recruiter, requisition);

        List<String> personal = List.of("Zelda Erasure" + unique, "zelda." + unique + "@example.com",
                "+49 30 " + unique.replaceAll("[^0-9]", "7").substring(0, 6),
                "https://www.linkedin.com/in/zelda-" + unique, "131313.00", "143217.00");
        String candidate = created(recruiter.post("/api/v1/candidates", Map.of("requisitionId", requisition,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", personal.get(0), "email", personal.get(1),
                        "phone", personal.get(2), "linkedinUrl", personal.get(3), "skills", List.of("Go"),
                        "compensationExpectation", Map.of("amount", personal.get(4), "currency", "USD")))));
        String loop = await().atMost(PATIENCE).until(() -> manager.get("/api/v1/interview-loops?candidateId="
                + candidate).json().get("items"), items -> items.size() == 1).get(0).get("id").asString();
        for (String stage : FastTrackPlan.STAGES) {
            assertThat(manager.post("/api/v1/interview-loops/" + loop + "/decisions", Map.of("stage", stage,
                    "decision", "ADVANCE")).status()).isEqualTo(200);
        }
        Map<String, Object> offer = Map.of("candidateId", candidate, "requisitionId", requisition,
                "compensation", Map.of("baseSalary", Map.of("amount", personal.get(5), "currency", "USD")),
                "workMode", "HYBRID", "startDate", LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString());
        await().atMost(PATIENCE).until(() -> recruiter.post("/api/v1/offers", offer).status() == 201);
        await().atMost(PATIENCE).until(() -> received.stream().anyMatch(body -> body.contains(personal.get(0))));
        await().atMost(PATIENCE).until(() -> received.stream().anyMatch(body -> body.contains("OfferDrafted")));
        List<String> before = holding(personal);
        assertThat(before).as("the scan finds the personal data where it is kept")
                .anyMatch(hit -> hit.startsWith(LocalPlatform.CANDIDATE_SERVICE + "/"))
                .anyMatch(hit -> hit.startsWith(LocalPlatform.INTERVIEW_SERVICE + "/"))
                .anyMatch(hit -> hit.startsWith(LocalPlatform.OFFER_SERVICE + "/"))
                .anyMatch(hit -> hit.startsWith(LocalPlatform.WEBHOOK_SERVICE + "/"));

        assertThat(admin.post("/api/v1/candidates/" + candidate + "/erase", "").status()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(holding(personal))
                .as("documents still holding the erased candidate's personal data").isEmpty());
    }

    /** {@code service/collection/_id: field value found} for every document of every store holding one of them. */
    private static List<String> holding(List<String> values) {
        List<String> hits = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            try (MongoClient client = MongoClients.create(TestInfrastructure.get().mongoUri("e2e-" + service))) {
                MongoDatabase database = client.getDatabase("e2e-" + service);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String json = document.toJson();
                        values.stream().filter(json::contains).findFirst().ifPresent(value -> hits.add(service + "/"
                                + collection + "/" + document.get("_id") + ": " + value));
                    }
                }
            }
        }
        return hits;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Api as(String user, String team, String role) {
        return Api.at(platform.gatewayUrl()).withToken(io.headcount.testsupport.TestTokens.with(user, List.of(team),
                List.of(role)));
    }
}
