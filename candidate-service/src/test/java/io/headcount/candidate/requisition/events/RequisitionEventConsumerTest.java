package io.headcount.candidate.requisition.events;

import io.headcount.candidate.requisition.application.RequisitionRepository;
import io.headcount.candidate.requisition.application.RequisitionService;
import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionDetails;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.HeadcountEvent;
import io.headcount.events.WorkMode;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.plumbing.consumer.Scenario;
import io.headcount.plumbing.domain.InMemoryAggregateStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequisitionEventConsumerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final InMemoryRequisitions repository = new InMemoryRequisitions();
    private final RequisitionEventConsumer consumer = new RequisitionEventConsumer(new RequisitionService(repository,
            Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void accepted_offers_fill_the_requisition_at_its_headcount_once_however_often_they_are_delivered() {
        repository.insert(Requisition.open("req-1", "team-a", new RequisitionDetails("SRE", "L4", "Remote",
                WorkMode.REMOTE, List.of(), "hank", 2), NOW).state(), List.of());

        Scenario.given(consumer)
                .when(new OfferAccepted("offer-1", "cand-1", "req-1", 1, null))
                .when(new OfferAccepted("offer-1", "cand-1", "req-1", 1, null))
                .then(() -> {
                    assertThat(repository.get("req-1").hires()).as("one offer, one hire").isEqualTo(1);
                    assertThat(repository.get("req-1").status()).isEqualTo(RequisitionStatus.OPEN);
                })
                .when(new OfferAccepted("offer-2", "cand-2", "req-1", 1, null))
                .when(new OfferAccepted("offer-2", "cand-2", "req-1", 1, null))
                .then(() -> {
                    assertThat(repository.get("req-1").status()).isEqualTo(RequisitionStatus.FILLED);
                    assertThat(repository.published()).containsExactly(new RequisitionClosed("req-1", "FILLED"));
                });
    }

    /** The store's rules in memory, and the one query this consumer's service does not use. */
    private static final class InMemoryRequisitions extends InMemoryAggregateStore<Requisition, RequisitionEvent>
            implements RequisitionRepository {

        InMemoryRequisitions() {
            super(new Kind<>("requisition", Requisition::id, Requisition::version), Requisition::teamId,
                    (r, version) -> new Requisition(r.id(), r.teamId(), r.details(), r.status(), r.openedAt(),
                            r.closedAt(), r.closeReason(), r.hiredOfferIds(), version));
        }

        @Override
        public List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId,
                                      int limit) {
            return all();
        }
    }
}
