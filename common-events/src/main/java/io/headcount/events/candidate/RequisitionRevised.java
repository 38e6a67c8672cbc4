package io.headcount.events.candidate;

import io.headcount.events.WorkMode;

import java.util.List;

/** A team changed an open requisition; carries all its details as they now are. Keyed by the requisition id. */
public record RequisitionRevised(
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
