package io.headcount.offer.requisition.model;

import io.headcount.events.WorkMode;

/** What offer-service knows of a requisition from candidate-service's events: enough to find its pay band. */
public record RequisitionView(String requisitionId, String teamId, String level, String location, WorkMode workMode,
                              boolean open) {
}
