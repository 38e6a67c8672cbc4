package io.headcount.events.candidate;

import io.headcount.events.WorkMode;

import java.util.List;

/** A team opened a role. Keyed by the requisition id. */
public record RequisitionOpened(
        String requisitionId,
        String title,
        String level,
        String location,
        WorkMode workMode,
        List<String> techStack,
        String hiringManagerId,
        int headcount) implements RequisitionEvent {

    @Override
    public String subject() {
        return requisitionId;
    }
}
