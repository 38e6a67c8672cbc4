package io.headcount.interview.plan.web;

import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.plan.model.RequisitionFacts;

import java.util.List;

record PlanResponse(String requisitionId, String teamId, RequisitionFacts requisition, List<PlanStage> stages,
                    long version) {

    static PlanResponse of(InterviewPlan plan) {
        return new PlanResponse(plan.requisitionId(), plan.teamId(), plan.requisition(), plan.stages(),
                plan.version());
    }
}
