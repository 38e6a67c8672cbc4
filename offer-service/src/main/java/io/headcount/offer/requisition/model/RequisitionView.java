package io.headcount.offer.requisition.model;

import io.headcount.events.WorkMode;
import io.headcount.offer.payband.model.Zones;

/** What offer-service knows of a requisition from candidate-service's events: enough to find its pay band. */
public record RequisitionView(String requisitionId, String teamId, String level, String location, WorkMode workMode,
                              boolean open) {

    public String zone() {
        return Zones.of(location, workMode);
    }
}
