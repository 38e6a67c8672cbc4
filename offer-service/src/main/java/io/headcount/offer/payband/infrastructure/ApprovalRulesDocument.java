package io.headcount.offer.payband.infrastructure;

import io.headcount.offer.payband.model.ApprovalRules;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A team's approval rules, one document per team (its id is the team's). */
@Document("approval_rules")
record ApprovalRulesDocument(@Id String id, String teamId, long version, boolean approvalWithinBand) {

    /** The rules with the team they belong to: what the shared aggregate store needs to scope and version them. */
    record TeamRules(String teamId, ApprovalRules rules) {
    }

    static ApprovalRulesDocument from(TeamRules team) {
        return new ApprovalRulesDocument(team.teamId(), team.teamId(), team.rules().version(),
                team.rules().approvalWithinBand());
    }

    TeamRules toModel() {
        return new TeamRules(teamId, new ApprovalRules(approvalWithinBand, version));
    }
}
