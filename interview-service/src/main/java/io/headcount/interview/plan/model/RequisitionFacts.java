package io.headcount.interview.plan.model;

import java.util.List;

/** What interview-service knows of a requisition, from candidate-service's events. */
public record RequisitionFacts(String title, String level, List<String> techStack, String hiringManagerId,
                               boolean open) {

    public RequisitionFacts {
        techStack = techStack == null ? List.of() : List.copyOf(techStack);
    }

    /** A loop can open before its requisition's RequisitionOpened arrives (two partitions): nothing known yet. */
    public static RequisitionFacts unknown() {
        return new RequisitionFacts(null, null, List.of(), null, true);
    }

    public RequisitionFacts closed() {
        return new RequisitionFacts(title, level, techStack, hiringManagerId, false);
    }
}
