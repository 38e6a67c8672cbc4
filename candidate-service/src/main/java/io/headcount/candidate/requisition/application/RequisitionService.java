package io.headcount.candidate.requisition.application;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionDetails;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

@Service
public class RequisitionService {

    private final RequisitionRepository requisitions;
    private final Clock clock;

    public RequisitionService(RequisitionRepository requisitions, Clock clock) {
        this.requisitions = requisitions;
        this.clock = clock;
    }

    public Requisition open(Caller caller, String requestedTeamId, RequisitionDetails details) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        String teamId = caller.teamForNewRecord(requestedTeamId);
        Changed<Requisition, RequisitionEvent> opened = Requisition.open(Ids.next(clock.instant()), teamId, details, clock.instant());
        requisitions.insert(opened.state(), opened.events());
        return opened.state();
    }

    public Requisition get(Caller caller, String id) {
        caller.requireTeamMember();
        return requisitions.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("requisition", id));
    }

    public List<Requisition> list(Caller caller, RequisitionStatus status, String afterId, int limit) {
        caller.requireTeamMember();
        return requisitions.list(caller.teams(), status, afterId, limit);
    }

    public Requisition revise(Caller caller, String id, ExpectedVersion expected, RequisitionDetails details) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        Requisition requisition = get(caller, id);
        return save(requisition, expected.against(requisition.version()), requisition.revise(details));
    }

    public Requisition close(Caller caller, String id, ExpectedVersion expected, String reason) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        Requisition requisition = get(caller, id);
        return save(requisition, expected.against(requisition.version()), requisition.close(reason,
                clock.instant()));
    }

    /** OfferAccepted: counts the hire; the last one the headcount allows fills the requisition. */
    public void recordHire(String teamId, String requisitionId, String offerId) {
        io.headcount.plumbing.domain.OnLatest.retry(() -> {
            requisitions.find(requisitionId, List.of(teamId)).ifPresent(requisition -> requisitions.save(requisition,
                    requisition.recordHire(offerId, clock.instant())));
            return null;
        });
    }

    private Requisition save(Requisition before, long expectedVersion, Changed<Requisition, RequisitionEvent> change) {
        requisitions.save(before, expectedVersion, change);
        return requisitions.find(before.id(), List.of(before.teamId())).orElseThrow();
    }
}
