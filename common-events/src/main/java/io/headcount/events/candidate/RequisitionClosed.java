package io.headcount.events.candidate;


/** A requisition stopped accepting candidates. Keyed by the requisition id. */
public record RequisitionClosed(String requisitionId, String reason) implements RequisitionEvent {

    @Override
    public String subject() {
        return requisitionId;
    }
}
