package io.headcount.events.candidate;

import io.headcount.events.HeadcountEvent;

/** A requisition stopped accepting candidates. Keyed by the requisition id. */
public record RequisitionClosed(String requisitionId, String reason) implements HeadcountEvent {

    @Override
    public String subject() {
        return requisitionId;
    }
}
