package io.headcount.offer;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.outbox.OutboxEvents;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What offer-service tests start from: a valid offer body, and events of other services as team-a sends them. */
final class OfferTestData {

    /** Relative to today: the API refuses start dates far in the past or future, so no calendar literal. */
    static final String START_DATE = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(2).toString();

    private OfferTestData() {
    }

    /** A full, valid offer: every part of the compensation filled in. */
    static Map<String, Object> anOffer(String candidateId, String requisitionId) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("candidateId", candidateId);
        offer.put("requisitionId", requisitionId);
        offer.put("compensation", Map.of(
                "baseSalary", Map.of("amount", "155000", "currency", "USD"),
                "bonusTargetPercent", "15",
                "equity", Map.of("grantType", "RSU", "units", 4000, "vestingMonths", 48, "cliffMonths", 12),
                "signOnBonus", Map.of("amount", "10000", "currency", "USD"),
                "benefits", Map.of("retirementMatchPercent", "4", "healthcare", true, "dental", true, "vision", true),
                "perks", Map.of("parentalLeaveWeeks", 16, "trainingBudget", Map.of("amount", "2000",
                        "currency", "USD"), "commuterBenefit", true)));
        offer.put("workMode", "HYBRID");
        offer.put("startDate", START_DATE);
        offer.put("expiresAt", Instant.now().plus(Duration.ofDays(14)).toString());
        return offer;
    }

    /**
     * Takes a draft through its approval chain (submitted by alice, approved by aria the APPROVER and, for a chain
     * outside the band, tess the TEAM_ADMIN), then extends it; returns the extend response.
     */
    static io.headcount.testsupport.Api.Response approveAndExtend(int port, String offerId) {
        io.headcount.testsupport.Api alice = io.headcount.testsupport.Api.at(port).as("alice");
        io.headcount.testsupport.Api.Response submitted = alice.post("/api/v1/offers/" + offerId + "/submit", "");
        if (submitted.status() != 200) {
            throw new IllegalStateException("submit: " + submitted);
        }
        for (String approver : List.of("aria", "tess")) {
            if ("PENDING_APPROVAL".equals(alice.get("/api/v1/offers/" + offerId).json().get("status").asString())) {
                io.headcount.testsupport.Api.Response approved = io.headcount.testsupport.Api.at(port).as(approver)
                        .post("/api/v1/offers/" + offerId + "/approve", "");
                if (approved.status() != 200) {
                    throw new IllegalStateException(approver + " approve: " + approved);
                }
            }
        }
        return alice.post("/api/v1/offers/" + offerId + "/extend", "");
    }

    /** Publishes an event as if another service of team-a had: offer-service learns from it like from any other. */
    static void send(KafkaTemplate<String, byte[]> kafka, OutboxEvents outboxEvents, HeadcountEvent event) {
        kafka.send(CloudEventsKafka.toRecord(outboxEvents.stamp("team-a", List.of(event)).get(0)));
    }
}
