package io.headcount.candidate;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.headcount.candidate.CandidateTestData.aCandidateFor;
import static io.headcount.candidate.CandidateTestData.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

/** Identity, team isolation, problem+json on bad input and Idempotency-Key, over real HTTP. */
@HeadcountServiceTest
class ApiSafetyIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    io.headcount.plumbing.idempotency.IdempotencyKeyStore idempotencyKeys;
    CandidateApi api;
    String requisitionId;

    @BeforeEach
    void openRequisitionOfTeamA() {
        api = new CandidateApi(port);
        requisitionId = api.openRequisition("alice");
    }

    @Test
    void a_request_without_a_token_is_401_problem_json() {
        Api.Response response = api.anonymous().get("/api/v1/requisitions/" + requisitionId);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> invalidTokens() {
        return TestTokens.invalidFor("tess").entrySet().stream()
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "a token {0} is 401")
    @org.junit.jupiter.params.provider.MethodSource("invalidTokens")
    void a_token_that_only_looks_right_is_401_at_the_service(String why, String token) {
        Api.Response response = api.anonymous().withToken(token).get("/api/v1/requisitions/" + requisitionId);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.as("tess").get("/api/v1/requisitions/" + requisitionId).status())
                .as("the same user with a right token").isEqualTo(200);
    }

    @org.junit.jupiter.api.Test
    void the_same_json_in_another_key_order_with_the_same_idempotency_key_is_a_replay() {
        Api alice = api.as("alice").header("Idempotency-Key", UUID.randomUUID().toString());
        String email = "order-" + UUID.randomUUID() + "@example.com";
        String first = "{\"requisitionId\": \"" + requisitionId + "\", \"sourceChannel\": \"REFERRAL\", "
                + "\"profile\": {\"fullName\": \"Key Order\", \"email\": \"" + email + "\"}}";
        String reordered = "{\"profile\": {\"email\": \"" + email + "\", \"fullName\": \"Key Order\"},"
                + "\"sourceChannel\":\"REFERRAL\",\"requisitionId\":\"" + requisitionId + "\"}";

        Api.Response created = alice.post("/api/v1/candidates", first);
        Api.Response replayed = alice.post("/api/v1/candidates", reordered);

        assertThat(created.status()).isEqualTo(201);
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), "candidates")).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void a_client_cannot_make_the_service_build_links_to_a_host_of_its_choosing() {
        Api.Response config = api.anonymous().header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "host=evil.example;proto=https")
                .get("/v3/api-docs/swagger-config");

        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).doesNotContain("evil.example");
    }

    @org.junit.jupiter.api.Test
    void if_match_star_updates_whatever_the_version() {
        String candidateId = api.sourceCandidate("alice", requisitionId);

        Api.Response updated = api.as("alice").header("If-Match", "*").put("/api/v1/candidates/" + candidateId
                + "/profile", java.util.Map.of("fullName", "Any Version"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("profile").get("fullName").asString()).isEqualTo("Any Version");
    }

    @Test
    void an_interviewer_cannot_source_a_candidate() {
        Api.Response response = api.as("ivan").post("/api/v1/candidates", aCandidateFor(requisitionId).asMap());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_recruiter_cannot_erase_a_candidate() {
        String candidateId = api.sourceCandidate("alice", requisitionId);

        assertThat(api.as("alice").post("/api/v1/candidates/" + candidateId + "/erase", "").status())
                .isEqualTo(403);
    }

    @Test
    void another_team_can_neither_read_nor_change_a_candidate() {
        String candidateId = api.sourceCandidate("alice", requisitionId);
        Api bob = api.as("bob");

        assertThat(bob.get("/api/v1/candidates/" + candidateId).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/candidates/" + candidateId + "/timeline").status()).isEqualTo(404);
        assertThat(bob.header("If-Match", "\"1\"").put("/api/v1/candidates/" + candidateId + "/profile",
                aProfile().asMap()).status()).isEqualTo(404);
        assertThat(bob.post("/api/v1/candidates/" + candidateId + "/withdraw",
                Map.of("requisitionId", requisitionId)).status()).isEqualTo(404);
        assertThat(api.as("bea").post("/api/v1/candidates/" + candidateId + "/erase", "").status())
                .isEqualTo(404);
        assertThat(bob.get("/api/v1/requisitions/" + requisitionId).status()).isEqualTo(404);
        assertThat(bob.post("/api/v1/candidates", aCandidateFor(requisitionId).asMap()).status()).isEqualTo(404);
        assertThat(bob.post("/api/v1/candidates/" + candidateId + "/applications",
                Map.of("requisitionId", requisitionId, "sourceChannel", "OTHER")).status()).isEqualTo(404);
        assertThat(api.as("bea").header("If-Match", "\"1\"").put("/api/v1/requisitions/" + requisitionId,
                CandidateTestData.aRequisition().asMap()).status()).isEqualTo(404);
        assertThat(api.as("bea").header("If-Match", "\"1\"").post("/api/v1/requisitions/" + requisitionId
                + "/close", Map.of()).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/candidates/search?q=ada").json().get("items").valueStream()
                .map(item -> item.get("id").asString())).doesNotContain(candidateId);
        assertThat(api.as("alice").get("/api/v1/candidates/" + candidateId).json().get("erased").asBoolean())
                .isFalse();
    }

    @Test
    void another_teams_requisitions_are_not_listed() {
        String teamBRequisition = api.openRequisition("bob");

        Api.Response listed = api.as("bob").get("/api/v1/requisitions?limit=100");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").valueStream().map(item -> item.get("teamId").asString()))
                .containsOnly("team-b");
        assertThat(listed.json().get("items").valueStream().map(item -> item.get("id").asString()))
                .contains(teamBRequisition).doesNotContain(requisitionId);
    }

    @Test
    void malformed_json_is_400_and_nothing_is_stored() {
        long before = candidateCount();

        Api.Response response = api.as("alice").post("/api/v1/candidates", "{\"requisitionId\": \"" + requisitionId);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("malformed JSON");
        assertThat(candidateCount()).isEqualTo(before);
    }

    @Test
    void a_missing_required_field_is_400_naming_the_field_and_nothing_is_stored() {
        long before = candidateCount();

        Api.Response response = api.as("alice").post("/api/v1/candidates",
                aCandidateFor(requisitionId, aProfile().without("fullName")).asMap());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("profile.fullName");
        assertThat(response.json().get("detail").asString()).contains("profile.fullName");
        assertThat(candidateCount()).isEqualTo(before);
    }

    @Test
    void an_unknown_enum_value_is_400_naming_the_field_and_nothing_is_stored() {
        long before = candidateCount();

        Api.Response response = api.as("alice").post("/api/v1/candidates",
                aCandidateFor(requisitionId).with("sourceChannel", "CARRIER_PIGEON").asMap());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sourceChannel");
        assertThat(response.json().get("detail").asString()).contains("CARRIER_PIGEON").contains("LINKEDIN");
        assertThat(candidateCount()).isEqualTo(before);
    }

    @Test
    void years_of_experience_out_of_range_is_400_naming_the_field() {
        Api.Response response = api.as("alice").post("/api/v1/candidates",
                aCandidateFor(requisitionId, aProfile().with("yearsOfExperience", 61)).asMap());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .isEqualTo("profile.yearsOfExperience");
    }

    @Test
    void the_same_post_with_the_same_idempotency_key_creates_one_record_and_answers_the_same() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aCandidateFor(requisitionId).asMap();
        Api alice = api.as("alice").header("Idempotency-Key", key);

        Api.Response first = alice.post("/api/v1/candidates", body);
        Api.Response second = alice.post("/api/v1/candidates", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        String email = (String) ((Map<?, ?>) body.get("profile")).get("email");
        assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), "candidates")).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_whose_first_request_is_still_running_is_409_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aCandidateFor(requisitionId).asMap();
        // the first request with this key holds it (running on this or another replica): its claim is in the store
        String scopedKey = "alice /api/v1/candidates " + key;
        assertThat(idempotencyKeys.claim(scopedKey, "the first request's hash")).isTrue();
        Api alice = api.as("alice").header("Idempotency-Key", key);

        Api.Response repeat = alice.post("/api/v1/candidates", body);

        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(409);
        assertThat(repeat.contentType()).startsWith("application/problem+json");
        assertThat(repeat.json().get("type").asString()).endsWith("idempotency-in-progress");
        String email = (String) ((Map<?, ?>) body.get("profile")).get("email");
        assertThat(mongo.count(Query.query(Criteria.where("email").is(email)), "candidates")).isZero();

        idempotencyKeys.release(scopedKey); // the first request failed: the key is free again
        assertThat(alice.post("/api/v1/candidates", body).status()).isEqualTo(201);
    }

    @Test
    void an_idempotency_key_reused_with_another_body_is_422() {
        Api alice = api.as("alice").header("Idempotency-Key", UUID.randomUUID().toString());
        alice.post("/api/v1/candidates", aCandidateFor(requisitionId).asMap());

        Api.Response reused = alice.post("/api/v1/candidates", aCandidateFor(requisitionId).asMap());

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknown_paths_answer_problem_json_not_a_stack_trace() {
        Api.Response response = api.as("alice").get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void health_probes_are_open_with_status_only_and_an_operator_sees_that_readiness_checks_store_and_broker() {
        Api.Response anonymous = api.anonymous().get("/actuator/health/readiness");
        Api.Response operator = Api.at(port).withToken(TestTokens.with("ops", List.of(), List.of("OPERATOR")))
                .get("/actuator/health/readiness");

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(anonymous.json().propertyNames()).containsOnly("status");
        assertThat(anonymous.body()).doesNotContain("database").doesNotContain("headcount");
        assertThat(operator.json().get("components").propertyNames()).contains("mongo", "kafka");
        assertThat(api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void metrics_on_the_api_port_are_not_served_to_anonymous_callers() {
        Api.Response anonymous = api.anonymous().get("/actuator/prometheus");
        Api.Response signedIn = Api.at(port).as("alice").header("Accept", "text/plain").get("/actuator/prometheus");

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("headcount_");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body()).contains("headcount_outbox");
    }

    private long candidateCount() {
        return mongo.count(new Query(), "candidates");
    }

    @SuppressWarnings("unused")
    private List<Document> all() {
        return mongo.findAll(Document.class, "candidates");
    }
}
