package io.headcount.interview.plan.model;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A requisition's interview plan: its ordered stages, and the requisition facts the stages' rules need (the
 * hiring manager decides several stages). Loops copy the stages when they open, so editing a plan never changes a
 * running loop.
 */
public record InterviewPlan(String requisitionId, String teamId, RequisitionFacts requisition, List<PlanStage> stages,
                            long version) {

    public static final int MAX_STAGES = 12;

    public InterviewPlan {
        stages = List.copyOf(stages);
    }

    public static InterviewPlan defaultFor(String requisitionId, String teamId, RequisitionFacts requisition,
                                           List<PlanStage> defaultStages) {
        return new InterviewPlan(requisitionId, teamId, requisition, defaultStages, 1);
    }

    public InterviewPlan withStages(List<PlanStage> newStages) {
        validate(newStages);
        return new InterviewPlan(requisitionId, teamId, requisition, newStages, version);
    }

    public InterviewPlan withVersion(long newVersion) {
        return new InterviewPlan(requisitionId, teamId, requisition, stages, newVersion);
    }

    public InterviewPlan learn(RequisitionFacts facts) {
        return new InterviewPlan(requisitionId, teamId, facts, stages, version);
    }

    public boolean isHiringManager(String userId) {
        return userId != null && userId.equals(requisition.hiringManagerId());
    }

    public static void validate(List<PlanStage> stages) {
        if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new InvalidFieldException("stages", "a plan has 1 to " + MAX_STAGES + " stages");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            PlanStage stage = stages.get(i);
            if (stage == null) {
                throw new InvalidFieldException("stages[" + i + "]", "is required");
            }
            stage.validate("stages[" + i + "]");
            if (!keys.add(stage.key())) {
                throw new InvalidFieldException("stages[" + i + "].key", "'" + stage.key() + "' is already the key "
                        + "of an earlier stage");
            }
        }
    }
}
