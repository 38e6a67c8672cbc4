package io.headcount.offer;

import io.headcount.events.Topics;
import io.headcount.events.WorkMode;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.AtOnce;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import io.headcount.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.headcount.offer.OfferTestData.anOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pay bands, alignment, approval chains and revisions over HTTP, with the events offer-service learns from. */
@HeadcountServiceTest
class PayBandIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.OFFER));

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;

    @Test
    void a_new_team_starts_with_the_guides_sample_bands_which_it_can_edit_with_history() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.at(port).withToken(TestTokens.with("tara", List.of(team), List.of("TEAM_ADMIN")));

        List<JsonNode> bands = admin.get("/api/v1/pay-bands?limit=100").json().get("items").valueStream().toList();
        assertThat(bands).hasSize(7);
        JsonNode l4 = bands.stream().filter(b -> b.get("level").asString().equals("L4")
                && b.get("zone").asString().equals("US")).findFirst().orElseThrow();
        assertThat(l4.get("mid").asString()).isEqualTo("95472.00");
        assertThat(l4.get("source").asString()).contains("Indeed");

        Api.Response etagged = admin.get("/api/v1/pay-bands/" + l4.get("id").asString());
        Api.Response revised = admin.header("If-Match", etagged.header("ETag")).put("/api/v1/pay-bands/"
                + l4.get("id").asString(), Map.of("min", "85000.00", "mid", "98000.00", "max", "112000.00",
                "source", "2026 survey"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("history")).hasSize(2);
        JsonNode latest = revised.json().get("history").get(1);
        assertThat(latest.get("mid").isString()).as("money in the history is a decimal string, as everywhere")
                .isTrue();
        assertThat(latest.get("mid").asString()).isEqualTo("98000.00");
        assertThat(revised.json().get("history").get(0).get("mid").asString()).isEqualTo("95472.00");
        assertThat(admin.header("If-Match", etagged.header("ETag")).put("/api/v1/pay-bands/"
                + l4.get("id").asString(), Map.of("min", "1.00", "mid", "2.00", "max", "3.00")).status())
                .as("stale").isEqualTo(412);

        Api.Response inverted = admin.post("/api/v1/pay-bands", Map.of("level", "L5", "zone", "EU-DE", "currency",
                "EUR", "min", "90000.00", "mid", "80000.00", "max", "100000.00"));
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.json().get("errors").get(0).get("field").asString()).isEqualTo("mid");
        Api.Response added = admin.post("/api/v1/pay-bands", Map.of("level", "L5", "zone", "EU-DE", "currency", "EUR",
                "min", "70000.00", "mid", "80000.00", "max", "90000.00"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/pay-bands", Map.of("level", "L5", "zone", "EU-DE", "currency", "EUR",
                "min", "70000.00", "mid", "80000.00", "max", "90000.00")).status()).as("one per key").isEqualTo(409);
        String addedPath = "/api/v1/pay-bands/" + added.json().get("id").asString();
        assertThat(admin.header("If-Match", "\"7\"").delete(addedPath).status()).as("stale").isEqualTo(412);
        assertThat(admin.header("If-Match", added.header("ETag")).delete(addedPath).status()).isEqualTo(204);
        assertThat(admin.get(addedPath).status()).isEqualTo(404);
        assertThat(Api.at(port).withToken(TestTokens.with("rex", List.of(team), List.of("RECRUITER")))
                .post("/api/v1/pay-bands", Map.of("level", "L6", "zone", "US", "currency", "USD", "min", "1.00",
                        "mid", "2.00", "max", "3.00")).status()).as("recruiters read bands, do not set them")
                .isEqualTo(403);
    }

    @Test
    void an_expectation_is_compared_with_the_requisitions_band_and_another_currency_is_422() {
        String requisitionId = givenRequisition("L5", "Remote", WorkMode.REMOTE);

        JsonNode below = align(requisitionId, "120000.00", "USD").json();
        assertThat(below.get("zone").asString()).isEqualTo("REMOTE-US");
        assertThat(below.get("position").asString()).isEqualTo("BELOW");
        assertThat(below.get("compaRatio").asDouble()).isEqualTo(0.77);
        assertThat(align(requisitionId, "155000.00", "USD").json().get("position").asString()).isEqualTo("WITHIN");
        assertThat(align(requisitionId, "171000.00", "USD").json().get("position").asString()).isEqualTo("ABOVE");

        Api.Response euros = align(requisitionId, "150000.00", "EUR");
        assertThat(euros.status()).isEqualTo(422);
        assertThat(euros.contentType()).contains("application/problem+json");
        assertThat(euros.json().get("detail").asString()).contains("EUR").contains("USD");
    }

    @Test
    void ten_concurrent_approvals_of_one_step_give_one_success() {
        String requisitionId = givenRequisition("L5", "Remote", WorkMode.REMOTE);
        String offerId = draftFor(requisitionId, "150000");
        assertThat(alice().post("/api/v1/offers/" + offerId + "/submit", "").json().get("status").asString())
                .isEqualTo("PENDING_APPROVAL");

        List<Api> approvers = java.util.stream.IntStream.range(0, 10).mapToObj(i -> Api.at(port).withToken(
                TestTokens.with("approver-" + i, List.of("team-a"), List.of("APPROVER")))).toList();
        List<Integer> statuses = AtOnce.run(approvers.size(), i -> approvers.get(i)
                .post("/api/v1/offers/" + offerId + "/approve", "").status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 409);
        JsonNode offer = alice().get("/api/v1/offers/" + offerId).json();
        assertThat(offer.get("status").asString()).isEqualTo("APPROVED");
        assertThat(offer.get("band").get("position").asString()).isEqualTo("WITHIN");
        assertThat(offer.get("approvals")).hasSize(1);
    }

    @Test
    void an_offer_above_the_band_needs_an_approver_then_a_team_admin_and_a_raise_starts_approvals_again() {
        String requisitionId = givenRequisition("L5", "Remote", WorkMode.REMOTE);
        String offerId = draftFor(requisitionId, "180000");
        assertThat(alice().post("/api/v1/offers/" + offerId + "/extend", "").status()).as("not approved")
                .isEqualTo(409);
        JsonNode submitted = alice().post("/api/v1/offers/" + offerId + "/submit", "").json();
        assertThat(submitted.get("approvals").valueStream().map(step -> step.get("role").asString()))
                .containsExactly("APPROVER", "TEAM_ADMIN");
        assertThat(Api.at(port).as("tess").post("/api/v1/offers/" + offerId + "/approve", "").status())
                .as("out of order").isEqualTo(403);
        assertThat(Api.at(port).as("aria").post("/api/v1/offers/" + offerId + "/approve", "").status())
                .isEqualTo(200);
        assertThat(Api.at(port).as("tess").post("/api/v1/offers/" + offerId + "/approve", "").json()
                .get("status").asString()).isEqualTo("APPROVED");

        Api.Response current = alice().get("/api/v1/offers/" + offerId);
        Map<String, Object> raised = new HashMap<>(anOffer("x", "y"));
        raised.remove("candidateId");
        raised.remove("requisitionId");
        raised.put("compensation", Map.of("baseSalary", Map.of("amount", "185000", "currency", "USD")));
        Api.Response revised = alice().header("If-Match", current.header("ETag")).put("/api/v1/offers/" + offerId,
                raised);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(revised.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(alice().get("/api/v1/offers/" + offerId + "/versions").json()).hasSize(2);
        List<JsonNode> diff = alice().get("/api/v1/offers/" + offerId + "/versions/1/diff/2").json().valueStream()
                .toList();
        assertThat(diff).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("compensation.baseSalary.amount");
            assertThat(change.get("from").asString()).isEqualTo("180000.00");
            assertThat(change.get("to").asString()).isEqualTo("185000.00");
        });
        assertThat(alice().header("If-Match", current.header("ETag")).put("/api/v1/offers/" + offerId, raised)
                .status()).as("stale").isEqualTo(412);
        String candidateId = alice().get("/api/v1/offers/" + offerId).json().get("candidateId").asString();
        published.awaitOne(candidateId, "OfferRevised");
    }

    @Test
    void a_closed_requisition_withdraws_offers_not_yet_extended_and_erasure_empties_every_version() {
        String requisitionId = givenRequisition("L4", "Austin, US", WorkMode.ONSITE);
        String offerId = draftFor(requisitionId, "95000");
        Api.Response current = alice().get("/api/v1/offers/" + offerId);
        Map<String, Object> later = new HashMap<>(anOffer("x", "y"));
        later.remove("candidateId");
        later.remove("requisitionId");
        later.put("startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(4).toString());
        assertThat(alice().header("If-Match", current.header("ETag")).put("/api/v1/offers/" + offerId, later)
                .status()).isEqualTo(200);

        OfferTestData.send(kafka, outboxEvents, new RequisitionClosed(requisitionId, "FILLED"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alice().get("/api/v1/offers/" + offerId).json()
                .get("status").asString()).isEqualTo("RESCINDED"));

        String candidateId = alice().get("/api/v1/offers/" + offerId).json().get("candidateId").asString();
        OfferTestData.send(kafka, outboxEvents, new CandidateErased(candidateId));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alice().get("/api/v1/offers/" + offerId + "/versions")
                .json().valueStream().allMatch(version -> version.path("terms").isNull()
                        || version.path("terms").isMissingNode())).isTrue());
        assertThat(alice().get("/api/v1/offers/" + offerId + "/versions/1/diff/2").status()).isEqualTo(404);
    }

    @Test
    void the_offer_letter_is_a_pdf_of_the_current_version_and_is_gone_after_erasure() throws Exception {
        String requisitionId = givenRequisition("L5", "Toronto, CA", WorkMode.HYBRID);
        String candidateId = "cand-" + UUID.randomUUID();
        OfferTestData.send(kafka, outboxEvents, new InterviewLoopCompleted("loop-" + candidateId, candidateId,
                requisitionId));
        String offerId = await().atMost(PATIENCE).until(() -> alice().post("/api/v1/offers",
                anOffer(candidateId, requisitionId)), response -> response.status() != 409).json().get("id")
                .asString();

        java.net.http.HttpResponse<byte[]> letter = letter(offerId);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Base salary: 155,000.00 USD per year", "Target bonus: 15 % of base",
                "4,000 RSU vesting over 48 months with a 12-month cliff", "Sign-on bonus: 10,000.00 USD",
                "4 % retirement match, healthcare, dental, vision", "16 weeks parental leave",
                "Start date: " + OfferTestData.START_DATE, "This offer is valid until", "version 1");

        OfferTestData.send(kafka, outboxEvents, new CandidateErased(candidateId));
        await().atMost(PATIENCE).until(() -> letter(offerId).statusCode(), status -> status == 404);
    }

    private java.net.http.HttpResponse<byte[]> letter(String offerId) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/offers/" + offerId + "/letter"))
                        .header("Authorization", "Bearer " + TestTokens.of("alice")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_team_admin_changes_the_approval_rules_under_if_match() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.at(port).withToken(TestTokens.with("tara", List.of(team), List.of("TEAM_ADMIN")));

        Api.Response defaults = admin.get("/api/v1/pay-bands/approval-rules");
        assertThat(defaults.json().get("approvalWithinBand").asBoolean()).isTrue();
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");
        Api.Response relaxed = admin.header("If-Match", "\"0\"").put("/api/v1/pay-bands/approval-rules",
                Map.of("approvalWithinBand", false));
        assertThat(relaxed.status()).as(relaxed.body()).isEqualTo(200);
        assertThat(relaxed.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin.header("If-Match", "\"0\"").put("/api/v1/pay-bands/approval-rules",
                Map.of("approvalWithinBand", true)).status()).as("stale").isEqualTo(412);
        assertThat(admin.header("If-Match", "\"1\"").put("/api/v1/pay-bands/approval-rules",
                Map.of("approvalWithinBand", true)).header("ETag")).isEqualTo("\"2\"");
        assertThat(admin.get("/api/v1/pay-bands/approval-rules").json().get("approvalWithinBand").asBoolean())
                .isTrue();
        assertThat(Api.at(port).withToken(TestTokens.with("rex", List.of(team), List.of("RECRUITER")))
                .header("If-Match", "\"2\"").put("/api/v1/pay-bands/approval-rules",
                        Map.of("approvalWithinBand", false)).status()).isEqualTo(403);
    }

    private Api.Response align(String requisitionId, String amount, String currency) {
        return alice().post("/api/v1/pay-bands/alignment", Map.of("requisitionId", requisitionId, "expectation",
                Map.of("amount", amount, "currency", currency)));
    }

    private String givenRequisition(String level, String location, WorkMode workMode) {
        String requisitionId = UUID.randomUUID().toString().replace("-", "");
        OfferTestData.send(kafka, outboxEvents, new RequisitionOpened(requisitionId, "Backend Engineer", level,
                location, workMode, List.of("java"), "hank", 1));
        await().atMost(PATIENCE).until(() -> align(requisitionId, "100000.00", "USD").status(),
                status -> status != 404);
        return requisitionId;
    }

    private String draftFor(String requisitionId, String base) {
        String candidateId = "cand-" + UUID.randomUUID();
        OfferTestData.send(kafka, outboxEvents, new InterviewLoopCompleted("loop-" + candidateId, candidateId,
                requisitionId));
        Map<String, Object> offer = new HashMap<>(anOffer(candidateId, requisitionId));
        offer.put("compensation", Map.of("baseSalary", Map.of("amount", base, "currency", "USD"),
                "equity", Map.of("grantType", "RSU", "units", 4000, "vestingMonths", 48, "cliffMonths", 12)));
        Api.Response drafted = await().atMost(PATIENCE).until(() -> alice().post("/api/v1/offers", offer),
                response -> response.status() != 409);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().get("id").asString();
    }

    private Api alice() {
        return Api.at(port).as("alice");
    }
}
