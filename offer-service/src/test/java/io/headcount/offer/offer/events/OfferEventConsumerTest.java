package io.headcount.offer.offer.events;

import io.headcount.events.Money;
import io.headcount.events.WorkMode;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.offer.OfferEvent;
import io.headcount.events.offer.OfferRescinded;
import io.headcount.offer.offer.application.OfferRepository;
import io.headcount.offer.offer.model.Compensation;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.offer.offer.model.OfferTerms;
import io.headcount.plumbing.consumer.Scenario;
import io.headcount.plumbing.domain.InMemoryAggregateStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OfferEventConsumerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final OfferTerms TERMS = new OfferTerms(new Compensation(new Money("150000.00", "USD"), "15",
            null, null, null, null), WorkMode.HYBRID, LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusMonths(2),
            NOW.plus(Duration.ofDays(14)));
    private static final Set<OfferStatus> NOT_YET_EXTENDED = Set.of(OfferStatus.DRAFT, OfferStatus.PENDING_APPROVAL,
            OfferStatus.APPROVED);

    private final InMemoryOffers offers = new InMemoryOffers();
    private final OfferEventConsumer consumer = new OfferEventConsumer(offers);

    @Test
    void a_withdrawal_rescinds_the_candidates_open_offer_for_that_requisition_only() {
        store(draft("offer-1", "cand-1", "req-1"));
        store(draft("offer-2", "cand-1", "req-2"));

        Scenario.given(consumer).when(new CandidateWithdrawn("cand-1", "req-1", "took another offer"));

        assertThat(offers.get("offer-1").status()).isEqualTo(OfferStatus.RESCINDED);
        assertThat(offers.get("offer-2").status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(offers.published()).containsExactly(new OfferRescinded("offer-1", "cand-1", "req-1", 1,
                "candidate withdrew"));
    }

    @Test
    void a_closed_requisition_rescinds_the_offers_not_yet_extended_and_leaves_an_extended_one() {
        store(draft("offer-3", "cand-3", "req-3"));
        store(draft("offer-4", "cand-4", "req-3").extend(List.of(), NOW).state());

        Scenario.given(consumer).when(new RequisitionClosed("req-3", "FILLED"));

        assertThat(offers.get("offer-3").status()).isEqualTo(OfferStatus.RESCINDED);
        assertThat(offers.get("offer-4").status()).isEqualTo(OfferStatus.EXTENDED);
    }

    @Test
    void erasure_removes_the_terms_of_every_offer_of_the_candidate_and_a_redelivery_changes_nothing() {
        store(draft("offer-5", "cand-5", "req-1").extend(List.of(), NOW).state().accept(NOW).state());
        store(draft("offer-6", "cand-5", "req-2"));

        Scenario scenario = Scenario.given(consumer).when(new CandidateErased("cand-5"));
        List<Offer> once = offers.all();
        int eventsOnce = offers.published().size();
        scenario.whenRedelivered();

        assertThat(offers.get("offer-5").isErased()).isTrue();
        assertThat(offers.get("offer-5").status()).as("a decided offer stays decided").isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offers.get("offer-6").isErased()).isTrue();
        assertThat(offers.get("offer-6").status()).isEqualTo(OfferStatus.RESCINDED);
        assertThat(offers.all()).isEqualTo(once);
        assertThat(offers.published()).hasSize(eventsOnce);
    }

    private static Offer draft(String id, String candidateId, String requisitionId) {
        return Offer.draft(id, "team-a", candidateId, requisitionId, TERMS, NOW).state();
    }

    private void store(Offer offer) {
        offers.given(offer);
    }

    private static Offer withVersion(Offer o, long version) {
        return new Offer(o.id(), o.teamId(), o.candidateId(), o.requisitionId(), o.status(), o.versions(),
                o.createdAt(), o.extendedAt(), o.requestedBy(), o.approvals(), version);
    }

    /** The store's rules in memory, and the reads the consumer uses. */
    private static final class InMemoryOffers extends InMemoryAggregateStore<Offer, OfferEvent>
            implements OfferRepository {

        InMemoryOffers() {
            super(new Kind<>("offer", Offer::id, Offer::version), Offer::teamId, OfferEventConsumerTest::withVersion);
        }

        @Override
        public Optional<Offer> findActive(String teamId, String candidateId, String requisitionId) {
            return all().stream().filter(o -> o.teamId().equals(teamId) && o.candidateId().equals(candidateId)
                    && o.requisitionId().equals(requisitionId) && !o.status().isFinal()).findFirst();
        }

        @Override
        public List<Offer> findOpenByRequisition(String teamId, String requisitionId) {
            return all().stream().filter(o -> o.teamId().equals(teamId)
                    && o.requisitionId().equals(requisitionId) && NOT_YET_EXTENDED.contains(o.status())).toList();
        }

        @Override
        public List<Offer> findByCandidate(String teamId, String candidateId) {
            return all().stream().filter(o -> o.teamId().equals(teamId) && o.candidateId().equals(candidateId))
                    .toList();
        }

        @Override
        public List<Offer> findExtendedExpiringBefore(Instant now, int limit) {
            throw new UnsupportedOperationException("not a consumer's read");
        }

        @Override
        public List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit) {
            throw new UnsupportedOperationException("not a consumer's read");
        }
    }
}
