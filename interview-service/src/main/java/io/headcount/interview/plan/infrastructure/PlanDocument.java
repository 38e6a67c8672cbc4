package io.headcount.interview.plan.infrastructure;

import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.plan.model.RequisitionFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A requisition's plan, stored under the requisition's id. */
@Document("interview_plans")
record PlanDocument(@Id String id, String teamId, long version, RequisitionFacts requisition,
                    List<PlanStage> stages) {

    static PlanDocument from(InterviewPlan plan) {
        return new PlanDocument(plan.requisitionId(), plan.teamId(), plan.version(), plan.requisition(),
                plan.stages());
    }

    InterviewPlan toModel() {
        return new InterviewPlan(id, teamId, requisition, stages, version);
    }
}
