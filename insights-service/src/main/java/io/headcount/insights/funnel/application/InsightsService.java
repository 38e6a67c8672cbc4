package io.headcount.insights.funnel.application;

import io.headcount.insights.funnel.model.FunnelReport;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.ForbiddenException;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.util.List;

/** Funnel analytics per requisition and team, computed on read from the facts the events left. */
@Service
public class InsightsService {

    private static final Role[] READERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN, Role.APPROVER};

    private final FactStore facts;

    public InsightsService(FactStore facts) {
        this.facts = facts;
    }

    public record RequisitionReport(String requisitionId, String teamId, String title, FunnelReport funnel) {
    }

    public RequisitionReport requisition(Caller caller, String requisitionId) {
        caller.requireAnyRole(READERS);
        var candidacies = facts.ofRequisition(requisitionId, caller.teams());
        var known = facts.requisition(requisitionId, caller.teams());
        if (candidacies.isEmpty() && known.isEmpty()) {
            throw new NotFoundException("requisition", requisitionId);
        }
        String teamId = known.map(FactStore.RequisitionSummary::teamId).orElseGet(() -> candidacies.get(0).teamId());
        return new RequisitionReport(requisitionId, teamId, known.map(FactStore.RequisitionSummary::title)
                .orElse(null), FunnelReport.of(candidacies, facts.recommendations(requisitionId, caller.teams())));
    }

    public FunnelReport team(Caller caller, String teamId) {
        caller.requireAnyRole(READERS);
        if (!caller.teams().contains(teamId)) {
            throw new ForbiddenException("you are not a member of team " + teamId);
        }
        return FunnelReport.of(facts.ofTeam(teamId), facts.teamRecommendations(teamId));
    }

    public List<FactStore.RequisitionSummary> requisitions(Caller caller) {
        caller.requireAnyRole(READERS);
        return facts.requisitions(caller.teams());
    }
}
