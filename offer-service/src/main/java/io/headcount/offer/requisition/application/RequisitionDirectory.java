package io.headcount.offer.requisition.application;

import io.headcount.offer.requisition.model.RequisitionView;

import java.util.Collection;
import java.util.Optional;

public interface RequisitionDirectory {

    /** Stores the requisition as it is now (a plain replace: idempotent). */
    void save(RequisitionView requisition);

    Optional<RequisitionView> find(Collection<String> teamIds, String requisitionId);
}
