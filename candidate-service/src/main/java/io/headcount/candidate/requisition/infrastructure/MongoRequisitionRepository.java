package io.headcount.candidate.requisition.infrastructure;

import io.headcount.candidate.requisition.application.RequisitionRepository;
import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.TeamScopedReads;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoRequisitionRepository implements RequisitionRepository {

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;

    MongoRequisitionRepository(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
        mongo.indexOps(RequisitionDocument.class).createIndex(new Index()
                .on("teamId", Sort.Direction.ASC).on("status", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    @Override
    public void insert(Requisition requisition, List<HeadcountEvent> events) {
        store.insert(RequisitionDocument.from(requisition), outboxEvents.stamp(requisition.teamId(), events));
    }

    @Override
    public boolean update(Requisition requisition, long expectedVersion, List<HeadcountEvent> events) {
        return store.update(requisition.id(), expectedVersion, RequisitionDocument.from(requisition),
                outboxEvents.stamp(requisition.teamId(), events));
    }

    @Override
    public Optional<Requisition> find(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, RequisitionDocument.class, teamIds, RequisitionDocument::teamId)
                .map(RequisitionDocument::toModel);
    }

    @Override
    public List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit) {
        return TeamScopedReads.pageInTeams(mongo, RequisitionDocument.class, teamIds, afterId, limit,
                "status", status).stream().map(RequisitionDocument::toModel).toList();
    }
}
