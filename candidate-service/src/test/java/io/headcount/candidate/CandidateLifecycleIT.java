package io.headcount.candidate;

import io.headcount.events.EventEnvelope;
import io.headcount.events.Topics;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.AtOnce;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.headcount.candidate.CandidateTestData.aCandidateFor;
import static io.headcount.candidate.CandidateTestData.aProfile;
import static io.headcount.testsupport.PublishedEvents.about;
import static io.headcount.testsupport.PublishedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

@HeadcountServiceTest
class CandidateLifecycleIT {

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.CANDIDATE));

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    CandidateApi api;
    String requisitionId;

    @BeforeEach
    void openRequisition() {
        api = new CandidateApi(port);
        requisitionId = api.openRequisition("alice");
    }

    @Test
    void the_same_email_in_another_case_is_a_duplicate_with_a_link_to_the_existing_candidate() {
        CandidateTestData.Body profile = aProfile();
        String existing = api.sourceCandidate("alice", aCandidateFor(requisitionId, profile));
        String email = (String) profile.asMap().get("email");

        Api.Response duplicate = api.as("alice").post("/api/v1/candidates", aCandidateFor(requisitionId,
                aProfile().with("email", email.toUpperCase())).asMap());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("existing").asString()).isEqualTo("/api/v1/candidates/" + existing);
    }

    @Test
    void the_same_linkedin_profile_written_differently_is_a_duplicate() {
        CandidateTestData.Body profile = aProfile();
        String existing = api.sourceCandidate("alice", aCandidateFor(requisitionId, profile));
        String url = (String) profile.asMap().get("linkedinUrl");

        Api.Response duplicate = api.as("alice").post("/api/v1/candidates", aCandidateFor(requisitionId,
                aProfile().with("linkedinUrl", url.replace("https://www.", "http://").toUpperCase() + "/?trk=x"))
                .asMap());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("existing").asString()).isEqualTo("/api/v1/candidates/" + existing);
    }

    @Test
    void another_team_may_source_the_same_person() {
        CandidateTestData.Body profile = aProfile();
        api.sourceCandidate("alice", aCandidateFor(requisitionId, profile));
        String teamBRequisition = api.openRequisition("bob");

        Api.Response sourced = api.as("bob").post("/api/v1/candidates", aCandidateFor(teamBRequisition, profile)
                .asMap());

        assertThat(sourced.status()).isEqualTo(201);
    }

    @Test
    void of_concurrent_creates_of_one_person_one_record_is_stored_and_every_other_answer_points_to_it() {
        Map<String, Object> body = aCandidateFor(requisitionId).asMap();
        int attempts = 8;
        List<Api.Response> responses = AtOnce.run(attempts, attempt -> postRetryingUnavailable(body));
        List<Integer> results = responses.stream().map(Api.Response::status).toList();

        // one record, whatever the timing: every answer is "created" or "duplicate", at most one is "created"
        // (an insert whose answer was lost — 503, then 409 on retry — is the one record), and every duplicate
        // answer links to that one record
        String email = (String) ((Map<?, ?>) body.get("profile")).get("email");
        List<org.bson.Document> stored = mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("email").is(email)),
                org.bson.Document.class, "candidates");
        assertThat(stored).hasSize(1);
        String storedId = stored.get(0).getString("_id");
        assertThat(results).as(results.toString()).containsOnly(201, 409);
        assertThat(results).as(results.toString()).filteredOn(status -> status == 201).hasSizeLessThanOrEqualTo(1);
        responses.forEach(response -> {
            if (response.status() == 201) {
                assertThat(response.json().get("id").asString()).isEqualTo(storedId);
            } else {
                assertThat(response.json().get("existing").asString()).isEqualTo("/api/v1/candidates/" + storedId);
            }
        });
    }

    @Test
    void a_person_sourced_into_a_second_requisition_stays_one_candidate() {
        String candidateId = api.sourceCandidate("alice", requisitionId);
        String secondRequisition = api.openRequisition("alice");

        Api.Response added = api.as("alice").post("/api/v1/candidates/" + candidateId + "/applications",
                Map.of("requisitionId", secondRequisition, "sourceChannel", "CAREERS_PAGE"));
        Api.Response again = api.as("alice").post("/api/v1/candidates/" + candidateId + "/applications",
                Map.of("requisitionId", secondRequisition, "sourceChannel", "CAREERS_PAGE"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("applications").valueStream().map(a -> a.get("requisitionId").asString()))
                .containsExactly(requisitionId, secondRequisition);
        assertThat(again.status()).isEqualTo(409);
        published.awaitOne(candidateId, "CandidateSourced");
        org.awaitility.Awaitility.await().until(() -> published.matching(about(candidateId)
                .and(ofType("CandidateSourced"))).size() == 2);
    }

    @Test
    void an_update_needs_if_match_and_a_stale_one_changes_nothing() {
        String candidateId = api.sourceCandidate("alice", requisitionId);
        String path = "/api/v1/candidates/" + candidateId + "/profile";
        Api.Response read = api.as("alice").get("/api/v1/candidates/" + candidateId);
        String etag = read.header("ETag");

        Api.Response withoutIfMatch = api.as("alice").put(path, aProfile().with("fullName", "Ada King").asMap());
        Api.Response fresh = api.as("alice").header("If-Match", etag).put(path, profileOf(read)
                .with("fullName", "Ada King").asMap());
        Api.Response stale = api.as("alice").header("If-Match", etag).put(path, profileOf(read)
                .with("fullName", "Ada Byron").asMap());

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.as("alice").get("/api/v1/candidates/" + candidateId).json().get("profile").get("fullName")
                .asString()).isEqualTo("Ada King");
    }

    @Test
    void an_update_emits_one_event_naming_the_changed_fields_and_a_no_op_update_emits_none() {
        String candidateId = api.sourceCandidate("alice", requisitionId);
        Api.Response read = api.as("alice").get("/api/v1/candidates/" + candidateId);
        String path = "/api/v1/candidates/" + candidateId + "/profile";

        Api.Response updated = api.as("alice").header("If-Match", read.header("ETag")).put(path, profileOf(read)
                .with("currentTitle", "Principal Engineer").with("skills", List.of("Java", "Go")).asMap());
        Api.Response unchanged = api.as("alice").header("If-Match", updated.header("ETag")).put(path,
                profileOf(updated).asMap());
        api.as("alice").post("/api/v1/candidates/" + candidateId + "/withdraw", Map.of("requisitionId",
                requisitionId));

        published.awaitOne(candidateId, "CandidateWithdrawn");
        List<EventEnvelope> updates = published.matching(about(candidateId).and(ofType("CandidateProfileUpdated")));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).data()).contains("\"changedFields\":[\"currentTitle\",\"skills\"]")
                .doesNotContain("Principal");
    }

    @Test
    void an_erased_candidate_keeps_anonymous_facts_and_the_event_carries_no_personal_data() {
        CandidateTestData.Body profile = aProfile();
        String candidateId = api.sourceCandidate("alice", aCandidateFor(requisitionId, profile));

        Api.Response erased = api.as("tess").post("/api/v1/candidates/" + candidateId + "/erase", "");
        Api.Response erasedAgain = api.as("tess").post("/api/v1/candidates/" + candidateId + "/erase", "");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erasedAgain.status()).isEqualTo(200);
        JsonNode candidate = api.as("alice").get("/api/v1/candidates/" + candidateId).json();
        assertThat(candidate.get("erased").asBoolean()).isTrue();
        assertThat(candidate.get("profile").isNull()).isTrue();
        assertThat(candidate.get("applications").get(0).get("sourceChannel").asString()).isEqualTo("REFERRAL");
        EventEnvelope event = published.awaitOne(candidateId, "CandidateErased");
        assertThat(event.data()).isEqualTo("{\"candidateId\":\"" + candidateId + "\"}");
        assertThat(published.matching(about(candidateId).and(ofType("CandidateErased")))).hasSize(1);
        // the same email may now be sourced again: the erased person's contact keys are gone
        assertThat(api.as("alice").post("/api/v1/candidates", aCandidateFor(requisitionId, profile).asMap())
                .status()).isEqualTo(201);
    }

    @Test
    void after_erasure_an_idempotent_replay_no_longer_returns_the_personal_data() {
        Map<String, Object> body = aCandidateFor(requisitionId).asMap();
        Api alice = api.as("alice").header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        String candidateId = alice.post("/api/v1/candidates", body).json().get("id").asString();

        Api.Response erased = api.as("tess").post("/api/v1/candidates/" + candidateId + "/erase", "");
        Api.Response retried = alice.post("/api/v1/candidates", body);

        assertThat(erased.status()).isEqualTo(200);
        // the remembered answer is forgotten: the retry runs again and, the erased person's keys being gone,
        // sources a new candidate rather than handing back the erased one's personal data
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(retried.json().get("id").asString()).isNotEqualTo(candidateId);
        assertThat(retried.body()).doesNotContain("\"id\":\"" + candidateId + "\"");
    }

    @Test
    void a_requisition_is_revised_with_if_match_and_a_stale_revision_is_refused() {
        Api.Response read = api.as("hank").get("/api/v1/requisitions/" + requisitionId);
        Map<String, Object> revision = CandidateTestData.aRequisition().with("headcount", 3).asMap();

        Api.Response revised = api.as("hank").header("If-Match", read.header("ETag"))
                .put("/api/v1/requisitions/" + requisitionId, revision);
        Api.Response stale = api.as("hank").header("If-Match", read.header("ETag"))
                .put("/api/v1/requisitions/" + requisitionId, revision);
        Api.Response missing = api.as("hank").put("/api/v1/requisitions/" + requisitionId, revision);

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("headcount").asInt()).isEqualTo(3);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void opening_and_closing_a_requisition_publish_their_events() {
        Api.Response read = api.as("hank").get("/api/v1/requisitions/" + requisitionId);

        api.as("hank").header("If-Match", read.header("ETag")).post("/api/v1/requisitions/" + requisitionId
                + "/close", Map.of("reason", "filled"));

        published.awaitOne(requisitionId, "RequisitionOpened");
        published.awaitOne(requisitionId, "RequisitionClosed");
    }

    @Test
    void a_closed_requisition_takes_no_new_candidates() {
        Api.Response read = api.as("alice").get("/api/v1/requisitions/" + requisitionId);
        Api.Response closed = api.as("hank").header("If-Match", read.header("ETag"))
                .post("/api/v1/requisitions/" + requisitionId + "/close", Map.of("reason", "filled"));

        Api.Response sourced = api.as("alice").post("/api/v1/candidates", aCandidateFor(requisitionId).asMap());

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(sourced.status()).isEqualTo(409);
    }

    /**
     * A client retries a 503 (Retry-After). Under concurrent writes the embedded store very rarely answers an insert
     * with "Unknown error" although it stored the document (an unknown outcome, as a timeout would be on any store);
     * the service answers 503 and the retry then sees the duplicate.
     */
    private Api.Response postRetryingUnavailable(Map<String, Object> body) {
        Api.Response response = null;
        for (int attempt = 0; attempt < 3 && (response == null || response.status() == 503); attempt++) {
            response = api.as("alice").post("/api/v1/candidates", body);
        }
        return response;
    }

    private static CandidateTestData.Body profileOf(Api.Response candidate) {
        CandidateTestData.Body body = new CandidateTestData.Body();
        candidate.json().get("profile").properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                body.with(field.getKey(), Api.JSON.convertValue(field.getValue(), Object.class));
            }
        });
        return body;
    }
}
