package io.headcount.candidate.requisition.application;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Collection;
import java.util.List;

public interface RequisitionRepository extends AggregateStore<Requisition, RequisitionEvent> {

    List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit);
}
