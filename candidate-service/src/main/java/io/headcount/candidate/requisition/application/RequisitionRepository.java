package io.headcount.candidate.requisition.application;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.VersionedWrites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RequisitionRepository {

    void insert(Requisition requisition, List<RequisitionEvent> events);

    /** False when the stored version is no longer {@code expectedVersion}. */
    boolean update(Requisition requisition, long expectedVersion, List<RequisitionEvent> events);

    Optional<Requisition> find(String id, Collection<String> teamIds);

    List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit);

    /** Stores a change made to {@code before} (read just now), unless it changed nothing; stale → exception. */
    default void save(Requisition before, Changed<Requisition, RequisitionEvent> change) {
        save(before, before.version(), change);
    }

    /** Stores a change the caller based on {@code expectedVersion} (their If-Match); stale → exception. */
    default void save(Requisition before, long expectedVersion, Changed<Requisition, RequisitionEvent> change) {
        new VersionedWrites<>("requisition", this::update, Requisition::id, Requisition::version).save(before, expectedVersion, change);
    }
}
