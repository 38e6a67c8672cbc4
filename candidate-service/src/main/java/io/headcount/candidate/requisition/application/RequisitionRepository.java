package io.headcount.candidate.requisition.application;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.HeadcountEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RequisitionRepository {

    void insert(Requisition requisition, List<HeadcountEvent> events);

    /** False when the stored version is no longer {@code expectedVersion}. */
    boolean update(Requisition requisition, long expectedVersion, List<HeadcountEvent> events);

    Optional<Requisition> find(String id, Collection<String> teamIds);

    List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit);
}
