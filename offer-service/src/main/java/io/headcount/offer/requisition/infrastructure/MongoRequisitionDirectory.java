package io.headcount.offer.requisition.infrastructure;

import io.headcount.events.WorkMode;
import io.headcount.offer.requisition.application.RequisitionDirectory;
import io.headcount.offer.requisition.model.RequisitionView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Optional;

@Repository
class MongoRequisitionDirectory implements RequisitionDirectory {

    @Document("requisitions")
    record RequisitionDocument(@Id String id, String teamId, String level, String location, WorkMode workMode,
                               boolean open) {
    }

    private final MongoTemplate mongo;

    MongoRequisitionDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(RequisitionView requisition) {
        mongo.save(new RequisitionDocument(requisition.requisitionId(), requisition.teamId(), requisition.level(),
                requisition.location(), requisition.workMode(), requisition.open()));
    }

    @Override
    public Optional<RequisitionView> find(Collection<String> teamIds, String requisitionId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(requisitionId)
                        .and("teamId").in(teamIds)), RequisitionDocument.class))
                .map(d -> new RequisitionView(d.id(), d.teamId(), d.level(), d.location(), d.workMode(), d.open()));
    }
}
