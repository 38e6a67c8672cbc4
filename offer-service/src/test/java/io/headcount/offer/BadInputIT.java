package io.headcount.offer;

import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.BadInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.headcount.testsupport.BadInput.bool;
import static io.headcount.testsupport.BadInput.date;
import static io.headcount.testsupport.BadInput.enumeration;
import static io.headcount.testsupport.BadInput.instant;
import static io.headcount.testsupport.BadInput.integer;
import static io.headcount.testsupport.BadInput.longInteger;
import static io.headcount.testsupport.BadInput.moneyAmount;
import static io.headcount.testsupport.BadInput.moneyCurrency;
import static io.headcount.testsupport.BadInput.object;
import static io.headcount.testsupport.BadInput.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write endpoint of offer-service, each field spoiled in each way clients spoil it: a 400 problem+json
 * naming the field, a short body, and nothing stored or changed. The candidate is eligible, so a valid body would
 * be stored: what refuses it is the edge.
 */
@HeadcountServiceTest
class BadInputIT {

    private static final String CANDIDATE = "cand-" + UUID.randomUUID();
    private static final String REQUISITION = "req-bad-input";
    private static String offerId;
    /** A draft: the offer a revision is for (an extended one is not revised at all: 409). */
    private static String draftId;
    private static final String DRAFTED_CANDIDATE = "cand-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void givenAnEligibleCandidateWithAnExtendedOffer() {
        if (offerId == null) {
            OfferTestData.send(kafka, outboxEvents, new InterviewLoopCompleted("loop-" + CANDIDATE, CANDIDATE,
                    REQUISITION));
            offerId = await().atMost(Duration.ofSeconds(30)).until(() -> alice().post("/api/v1/offers",
                    anOffer()), r -> r.status() == 201).json().get("id").asString();
            assertThat(OfferTestData.approveAndExtend(port, offerId).status()).isEqualTo(200);
            OfferTestData.send(kafka, outboxEvents, new InterviewLoopCompleted("loop-" + DRAFTED_CANDIDATE,
                    DRAFTED_CANDIDATE, REQUISITION));
            draftId = await().atMost(Duration.ofSeconds(30)).until(() -> alice().post("/api/v1/offers",
                    OfferTestData.anOffer(DRAFTED_CANDIDATE, REQUISITION)), r -> r.status() == 201).json()
                    .get("id").asString();
        }
    }

    static Map<String, Object> anOffer() {
        return OfferTestData.anOffer(CANDIDATE, REQUISITION);
    }

    static Stream<BadInput.Case> badOffers() {
        return BadInput.cases(anOffer(), text("teamId"), text("candidateId"), text("requisitionId"),
                object("compensation"), object("compensation.baseSalary"),
                moneyAmount("compensation.baseSalary"), moneyCurrency("compensation.baseSalary"),
                text("compensation.bonusTargetPercent"), text("compensation.equity.grantType"),
                longInteger("compensation.equity.units"), integer("compensation.equity.vestingMonths"),
                moneyAmount("compensation.signOnBonus"), bool("compensation.benefits.healthcare"),
                integer("compensation.perks.parentalLeaveWeeks"), moneyAmount("compensation.perks.trainingBudget"),
                enumeration("workMode"), date("startDate"), instant("expiresAt"));
    }

    static Stream<BadInput.Case> badReasons() {
        return BadInput.cases(Map.of("reason", "budget"), text("reason"));
    }

    @ParameterizedTest(name = "POST /offers with {0}")
    @MethodSource("badOffers")
    void drafting_an_offer(BadInput.Case bad) {
        long before = mongo.count(new Query(), "offers");

        BadInput.assertRefused(alice().post("/api/v1/offers", bad.json()), bad);

        assertThat(mongo.count(new Query(), "offers")).isEqualTo(before);
    }

    @ParameterizedTest(name = "POST /offers/id/decline with {0}")
    @MethodSource("badReasons")
    void declining(BadInput.Case bad) {
        String etag = alice().get("/api/v1/offers/" + offerId).header("ETag");

        BadInput.assertRefused(alice().post("/api/v1/offers/" + offerId + "/decline", bad.json()), bad);

        assertThat(alice().get("/api/v1/offers/" + offerId).header("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest(name = "POST /offers/id/rescind with {0}")
    @MethodSource("badReasons")
    void rescinding(BadInput.Case bad) {
        String etag = alice().get("/api/v1/offers/" + offerId).header("ETag");

        BadInput.assertRefused(alice().post("/api/v1/offers/" + offerId + "/rescind", bad.json()), bad);

        assertThat(alice().get("/api/v1/offers/" + offerId).header("ETag")).isEqualTo(etag);
    }

    static Stream<BadInput.Case> badTerms() {
        Map<String, Object> terms = new java.util.LinkedHashMap<>(anOffer());
        terms.remove("candidateId");
        terms.remove("requisitionId");
        return BadInput.cases(terms, object("compensation"), BadInput.nulled("compensation"),
                moneyAmount("compensation.baseSalary"), moneyCurrency("compensation.baseSalary"),
                longInteger("compensation.equity.units"), enumeration("workMode"), BadInput.nulled("workMode"),
                date("startDate"), BadInput.nulled("startDate"), instant("expiresAt"));
    }

    @ParameterizedTest(name = "PUT /offers/id with {0}")
    @MethodSource("badTerms")
    void revising_an_offer(BadInput.Case bad) {
        String etag = alice().get("/api/v1/offers/" + draftId).header("ETag");

        BadInput.assertRefused(alice().header("If-Match", etag).put("/api/v1/offers/" + draftId, bad.json()), bad);

        assertThat(alice().get("/api/v1/offers/" + draftId).header("ETag")).isEqualTo(etag);
    }

    static Stream<BadInput.Case> badBands() {
        return BadInput.cases(Map.of("min", "70000.00", "mid", "80000.00", "max", "90000.00", "source", "survey"),
                text("min"), BadInput.nulled("min"), text("mid"), text("max"), text("targetBonusPercent"),
                longInteger("equityMaxUnits"), text("signOnMax"), text("source"));
    }

    @ParameterizedTest(name = "PUT /pay-bands/id with {0}")
    @MethodSource("badBands")
    void revising_a_pay_band(BadInput.Case bad) {
        String bandId = tess().get("/api/v1/pay-bands").json().get("items").get(0).get("id").asString();
        String etag = tess().get("/api/v1/pay-bands/" + bandId).header("ETag");

        BadInput.assertRefused(tess().header("If-Match", etag).put("/api/v1/pay-bands/" + bandId, bad.json()), bad);

        assertThat(tess().get("/api/v1/pay-bands/" + bandId).header("ETag")).isEqualTo(etag);
    }

    static Stream<BadInput.Case> badRules() {
        return BadInput.cases(Map.of("approvalWithinBand", true), bool("approvalWithinBand"),
                BadInput.nulled("approvalWithinBand"));
    }

    @ParameterizedTest(name = "PUT /pay-bands/approval-rules with {0}")
    @MethodSource("badRules")
    void changing_the_approval_rules(BadInput.Case bad) {
        Api.Response before = tess().get("/api/v1/pay-bands/approval-rules");

        BadInput.assertRefused(tess().header("If-Match", before.header("ETag"))
                .put("/api/v1/pay-bands/approval-rules", bad.json()), bad);

        Api.Response after = tess().get("/api/v1/pay-bands/approval-rules");
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.body()).isEqualTo(before.body());
    }

    static Stream<BadInput.Case> badAlignments() {
        return BadInput.cases(Map.of("requisitionId", REQUISITION, "expectation", Map.of("amount", "150000.00",
                        "currency", "USD")), text("requisitionId"), object("expectation"),
                moneyAmount("expectation"), moneyCurrency("expectation"));
    }

    @ParameterizedTest(name = "POST /pay-bands/alignment with {0}")
    @MethodSource("badAlignments")
    void asking_for_a_compensation_alignment(BadInput.Case bad) {
        BadInput.assertRefused(alice().post("/api/v1/pay-bands/alignment", bad.json()), bad);
    }

    private Api tess() {
        return Api.at(port).as("tess");
    }

    private Api alice() {
        return Api.at(port).as("alice");
    }
}
