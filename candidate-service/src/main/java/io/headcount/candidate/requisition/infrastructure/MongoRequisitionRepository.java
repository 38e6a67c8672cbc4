package io.headcount.candidate.requisition.infrastructure;

import io.headcount.candidate.requisition.application.RequisitionRepository;
import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

@Repository
class MongoRequisitionRepository extends MongoAggregateStore<Requisition, RequisitionDocument, RequisitionEvent>
        implements RequisitionRepository {

    MongoRequisitionRepository(AggregateRepositories repositories) {
        super(repositories.of(RequisitionDocument.class, RequisitionDocument::from,
                RequisitionDocument::toModel, Requisition::id, Requisition::teamId),
                new Kind<>("requisition", Requisition::id, Requisition::version));
        aggregates.withIndex(new Index()
                .on("teamId", Sort.Direction.ASC).on("status", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    @Override
    public List<Requisition> list(Collection<String> teamIds, RequisitionStatus status, String afterId, int limit) {
        return aggregates.page(teamIds, afterId, limit, "status", status);
    }
}
