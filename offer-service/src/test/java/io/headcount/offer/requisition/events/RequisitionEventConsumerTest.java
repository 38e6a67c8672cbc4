package io.headcount.offer.requisition.events;

import io.headcount.events.WorkMode;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.offer.requisition.application.RequisitionDirectory;
import io.headcount.offer.requisition.model.RequisitionView;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RequisitionEventConsumerTest {

    private final Map<String, RequisitionView> stored = new HashMap<>();
    private final RequisitionDirectory directory = new RequisitionDirectory() {
        @Override
        public void save(RequisitionView requisition) {
            stored.put(requisition.requisitionId(), requisition);
        }

        @Override
        public Optional<RequisitionView> find(Collection<String> teamIds, String requisitionId) {
            return Optional.ofNullable(stored.get(requisitionId)).filter(r -> teamIds.contains(r.teamId()));
        }
    };

    @Test
    void a_requisition_is_learned_revised_to_another_location_and_closed_however_often_each_event_arrives() {
        Scenario.given(new RequisitionEventConsumer(directory))
                .when(new RequisitionOpened("req-1", "SRE", "L5", "Berlin, DE", WorkMode.HYBRID, List.of(), "hank", 1))
                .then(() -> assertThat(stored.get("req-1")).isEqualTo(new RequisitionView("req-1", "team-a", "L5",
                        "Berlin, DE", WorkMode.HYBRID, true)))
                .when(new RequisitionRevised("req-1", "SRE", "L5", "Remote", WorkMode.REMOTE, List.of(), "hank", 1))
                .when(new RequisitionRevised("req-1", "SRE", "L5", "Remote", WorkMode.REMOTE, List.of(), "hank", 1))
                .then(() -> {
                    assertThat(stored.get("req-1")).isEqualTo(new RequisitionView("req-1", "team-a", "L5", "Remote",
                            WorkMode.REMOTE, true));
                })
                .when(new RequisitionClosed("req-1", "FILLED"))
                .when(new RequisitionClosed("req-1", "FILLED"))
                .then(() -> assertThat(stored.get("req-1")).isEqualTo(new RequisitionView("req-1", "team-a", "L5",
                        "Remote", WorkMode.REMOTE, false)));
    }

    @Test
    void another_teams_closing_changes_nothing_here() {
        Scenario.given(new RequisitionEventConsumer(directory))
                .when(new RequisitionOpened("req-2", "SRE", "L4", "Austin, US", WorkMode.ONSITE, List.of(), "hank", 1))
                .inTeam("team-b").when(new RequisitionClosed("req-2", "cancelled"))
                .then(() -> assertThat(stored.get("req-2").open()).isTrue());
    }
}
