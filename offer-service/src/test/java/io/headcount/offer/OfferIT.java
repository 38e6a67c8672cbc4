package io.headcount.offer;

import io.headcount.events.HeadcountEvent;
import io.headcount.events.Topics;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.headcount.offer.OfferTestData.anOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HeadcountServiceTest
class OfferIT {

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.OFFER));

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    io.headcount.offer.offer.application.OfferExpiry expiry;

    @Test
    void no_offer_for_a_candidate_whose_loop_has_not_completed() {
        Api.Response response = alice().post("/api/v1/offers", anOffer("cand-" + UUID.randomUUID(), "req-1"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("interview loop");
        assertThat(response.header("Retry-After")).as("the completion may be on its way: ask again").isEqualTo("2");
        assertThat(response.json().get("retryAfterSeconds").asInt()).isEqualTo(2);
    }

    @Test
    void after_the_loop_completed_an_offer_is_drafted_and_extended() {
        String candidateId = givenACompletedLoop("req-2");

        Api.Response drafted = awaitDraft(candidateId, "req-2");
        String offerId = drafted.json().get("id").asString();
        Api.Response extended = OfferTestData.approveAndExtend(port, offerId);

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().get("status").asString()).isEqualTo("EXTENDED");
        published.awaitOne(candidateId, "OfferExtended");
        assertThat(published.matching(PublishedEvents.about(candidateId))).extracting(e -> e.type())
                .containsExactly("io.headcount.offer.OfferDrafted.v1", "io.headcount.offer.OfferApprovalRequested.v1",
                        "io.headcount.offer.OfferApprovalRequested.v1", "io.headcount.offer.OfferApproved.v1",
                        "io.headcount.offer.OfferExtended.v1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_version_is_published_with_its_full_terms_and_the_acceptance_carries_the_accepted_ones() {
        String candidateId = givenACompletedLoop("req-7");
        Api.Response drafted = awaitDraft(candidateId, "req-7");
        String offerId = drafted.json().get("id").asString();
        Map<String, Object> raised = anOffer(candidateId, "req-7");
        raised.remove("candidateId");
        raised.remove("requisitionId");
        raised.put("compensation", new java.util.HashMap<>((Map<?, ?>) raised.get("compensation")));
        ((Map<String, Object>) raised.get("compensation")).put("baseSalary", Map.of("amount", "161000",
                "currency", "USD"));
        Api.Response revised = alice().header("If-Match", drafted.header("ETag")).put("/api/v1/offers/" + offerId,
                raised);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(OfferTestData.approveAndExtend(port, offerId).status()).isEqualTo(200);

        assertThat(alice().post("/api/v1/offers/" + offerId + "/accept", "").status()).isEqualTo(200);

        OfferAccepted accepted = (OfferAccepted) published.awaitOne(candidateId, "OfferAccepted").body()
                .orElseThrow();
        assertThat(accepted.offerVersion()).isEqualTo(2);
        assertThat(new java.math.BigDecimal(accepted.acceptedTerms().baseSalary().amount())).isEqualByComparingTo("161000");
        assertThat(accepted.acceptedTerms().equity().units()).isEqualTo(4000);
        assertThat(accepted.acceptedTerms().perks().parentalLeaveWeeks()).isEqualTo(16);
        List<OfferDrafted> versions = published.matching(PublishedEvents.about(candidateId)
                .and(PublishedEvents.ofType("OfferDrafted"))).stream()
                .map(envelope -> (OfferDrafted) envelope.body().orElseThrow()).toList();
        assertThat(versions).extracting(OfferDrafted::offerVersion).containsExactly(1, 2);
        assertThat(new java.math.BigDecimal(versions.get(0).terms().baseSalary().amount())).isEqualByComparingTo("155000");
        assertThat(versions.get(1).terms()).isEqualTo(accepted.acceptedTerms());
    }

    @Test
    void an_extended_offer_left_unanswered_past_its_expiry_expires_and_can_no_longer_be_accepted() {
        String candidateId = givenACompletedLoop("req-6");
        Map<String, Object> offer = anOffer(candidateId, "req-6");
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3));
        offer.put("expiresAt", expiresAt.toString());
        String offerId = awaitDraft(candidateId, "req-6", offer).json().get("id").asString();
        assertThat(OfferTestData.approveAndExtend(port, offerId).status()).isEqualTo(200);

        expiry.sweepAsOf(expiresAt.minusSeconds(1));
        assertThat(alice().get("/api/v1/offers/" + offerId).json().get("status").asString()).isEqualTo("EXTENDED");
        expiry.sweepAsOf(expiresAt.plusSeconds(1));
        assertThat(alice().get("/api/v1/offers/" + offerId).json().get("status").asString()).isEqualTo("EXPIRED");

        published.awaitOne(candidateId, "OfferExpired");
        assertThat(alice().post("/api/v1/offers/" + offerId + "/accept", "").status()).isEqualTo(409);
    }

    @Test
    void a_candidacy_has_at_most_one_open_offer() {
        String candidateId = givenACompletedLoop("req-3");
        String first = awaitDraft(candidateId, "req-3").json().get("id").asString();

        Api.Response second = alice().post("/api/v1/offers", anOffer(candidateId, "req-3"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("existing").asString()).isEqualTo("/api/v1/offers/" + first);
    }

    @Test
    void withdrawal_rescinds_the_open_offer_and_erasure_removes_its_terms() {
        String candidateId = givenACompletedLoop("req-4");
        String offerId = awaitDraft(candidateId, "req-4").json().get("id").asString();

        send(new CandidateWithdrawn(candidateId, "req-4", null));
        send(new CandidateErased(candidateId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response offer = alice().get("/api/v1/offers/" + offerId);
            assertThat(offer.json().get("status").asString()).isEqualTo("RESCINDED");
            assertThat(offer.json().get("versions").get(0).has("terms")
                    && !offer.json().get("versions").get(0).get("terms").isNull()).isFalse();
        });
        for (String action : List.of("submit", "extend", "accept")) {
            Api.Response refused = alice().post("/api/v1/offers/" + offerId + "/" + action, "");
            assertThat(refused.status()).as(action + ": " + refused.body()).isEqualTo(409);
        }
        Api.Response again = alice().post("/api/v1/offers", anOffer(candidateId, "req-4"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Retry-After")).as("erasure will not pass: no point asking again").isNull();
        published.awaitOne(candidateId, "OfferRescinded");
    }

    @Test
    void another_team_cannot_see_the_offer_and_an_interviewer_cannot_extend_it() {
        String candidateId = givenACompletedLoop("req-5");
        String offerId = awaitDraft(candidateId, "req-5").json().get("id").asString();

        assertThat(Api.at(port).as("bob").get("/api/v1/offers/" + offerId).status()).isEqualTo(404);
        assertThat(Api.at(port).as("ivan").post("/api/v1/offers/" + offerId + "/extend", "").status())
                .isEqualTo(403);
    }

    @Test
    void a_salary_as_a_float_is_refused_naming_the_field() {
        Map<String, Object> offer = anOffer("cand-x", "req-1");
        offer.put("compensation", Map.of("baseSalary", Map.of("amount", "1.5e5", "currency", "USD")));

        Api.Response response = alice().post("/api/v1/offers", offer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .isEqualTo("compensation.baseSalary.amount");
    }

    private Api alice() {
        return Api.at(port).as("alice");
    }

    private String givenACompletedLoop(String requisitionId) {
        String candidateId = "cand-" + UUID.randomUUID();
        send(new InterviewLoopCompleted("loop-" + candidateId, candidateId, requisitionId));
        return candidateId;
    }

    private Api.Response awaitDraft(String candidateId, String requisitionId) {
        return awaitDraft(candidateId, requisitionId, anOffer(candidateId, requisitionId));
    }

    /** offer-service learns of the completed loop from an event: 409 until then. */
    private Api.Response awaitDraft(String candidateId, String requisitionId, Map<String, Object> offer) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> alice().post("/api/v1/offers", offer),
                r -> r.status() == 201);
    }

    private void send(HeadcountEvent event) {
        OfferTestData.send(kafka, outboxEvents, event);
    }
}
