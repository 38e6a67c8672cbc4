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
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RequisitionEventConsumerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final Map<String, Requisition> stored = new HashMap<>();
    private final List<RequisitionEvent> published = new ArrayList<>();
    private final RequisitionRepository repository = new RequisitionRepository() {
        @Override
        public void insert(Requisition requisition, List<RequisitionEvent> events) {
            stored.put(requisition.id(), requisition);
            published.addAll(events);
        }

        @Override
        public boolean update(Requisition requisition, long expectedVersion, List<RequisitionEvent> events) {
            Requisition current = stored.get(requisition.id());
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            stored.put(requisition.id(), new Requisition(requisition.id(), requisition.teamId(),
                    requisition.details(), requisition.status(), requisition.openedAt(), requisition.closedAt(),
                    requisition.closeReason(), requisition.hiredOfferIds(), expectedVersion + 1));
            published.addAll(events);
            return true;
        }

        @Override
        public Optional<Requisition> find(String id, Collection<String> teamIds) {
            return Optional.ofNullable(stored.get(id)).filter(r -> teamIds.contains(r.teamId()));
        }

        @Override
        public List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId,
                                      int limit) {
            return List.copyOf(stored.values());
        }
    };
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
                    assertThat(stored.get("req-1").hires()).as("one offer, one hire").isEqualTo(1);
                    assertThat(stored.get("req-1").status()).isEqualTo(RequisitionStatus.OPEN);
                })
                .when(new OfferAccepted("offer-2", "cand-2", "req-1", 1, null))
                .when(new OfferAccepted("offer-2", "cand-2", "req-1", 1, null))
                .then(() -> {
                    assertThat(stored.get("req-1").status()).isEqualTo(RequisitionStatus.FILLED);
                    assertThat(published).containsExactly(new RequisitionClosed("req-1", "FILLED"));
                });
    }
}
