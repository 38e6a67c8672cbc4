package io.headcount.candidate.requisition.infrastructure;

import io.headcount.candidate.requisition.application.RequisitionRepository;
import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoRequisitionRepository implements RequisitionRepository {

    private final AggregateRepository<Requisition, RequisitionDocument> requisitions;

    MongoRequisitionRepository(AggregateRepositories repositories) {
        requisitions = repositories.of(RequisitionDocument.class, RequisitionDocument::from,
                RequisitionDocument::toModel, Requisition::id, Requisition::teamId);
        requisitions.withIndex(new Index()
                .on("teamId", Sort.Direction.ASC).on("status", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    @Override
    public void insert(Requisition requisition, List<RequisitionEvent> events) {
        requisitions.insert(requisition, events);
    }

    @Override
    public boolean update(Requisition requisition, long expectedVersion, List<RequisitionEvent> events) {
        return requisitions.update(requisition, expectedVersion, events);
    }

    @Override
    public Optional<Requisition> find(String id, Collection<String> teamIds) {
        return requisitions.findInTeams(id, teamIds);
    }

    @Override
    public List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit) {
        return requisitions.page(teamIds, afterId, limit, "status", status);
    }
}
