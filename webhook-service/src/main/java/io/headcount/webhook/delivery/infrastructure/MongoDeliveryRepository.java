package io.headcount.webhook.delivery.infrastructure;

import io.headcount.plumbing.outbox.TeamScopedReads;
import io.headcount.webhook.delivery.application.DeliveryRepository;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.DeliveryStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoDeliveryRepository implements DeliveryRepository {

    static final String COLLECTION = "webhook_deliveries";

    private final MongoTemplate mongo;

    MongoDeliveryRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(DeliveryDocument.class);
        indexes.createIndex(new Index().on("endpointId", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC)
                .unique());
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("endpointId", Sort.Direction.ASC).on("orderKey", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("orderKey", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(DeliveryDocument.from(delivery, 0));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Delivery> find(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, DeliveryDocument.class, teamIds, DeliveryDocument::teamId)
                .map(DeliveryDocument::toModel);
    }

    @Override
    public List<Delivery> page(String endpointId, String beforeId, int limit) {
        Criteria criteria = Criteria.where("endpointId").is(endpointId);
        if (beforeId != null) {
            criteria = criteria.and("_id").lt(beforeId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit),
                DeliveryDocument.class).stream().map(DeliveryDocument::toModel).toList();
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now))
                        .with(Sort.by("sequence")).limit(limit), DeliveryDocument.class).stream()
                .map(DeliveryDocument::toModel).toList();
    }

    @Override
    public java.util.Map<Delivery.Pair, Long> earliestWaitingByPair(Instant now) {
        java.util.Map<Delivery.Pair, Long> earliest = new java.util.HashMap<>();
        Query waiting = Query.query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").gt(now));
        waiting.fields().include("endpointId", "orderKey", "sequence");
        mongo.getCollection(COLLECTION).find(waiting.getQueryObject()).projection(waiting.getFieldsObject())
                .forEach(document -> earliest.merge(new Delivery.Pair(document.getString("endpointId"),
                        document.getString("orderKey")), document.getLong("sequence"), Math::min));
        return earliest;
    }

    @Override
    public Optional<Delivery> claim(Delivery delivery, Instant until) {
        DeliveryDocument claimed = mongo.findAndModify(Query.query(Criteria.where("_id").is(delivery.id())
                        .and("version").is(delivery.version()).and("status").is(DeliveryStatus.PENDING)),
                new Update().set("nextAttemptAt", until).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class);
        return Optional.ofNullable(claimed).map(DeliveryDocument::toModel);
    }

    @Override
    public void release(Delivery delivery, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id()).and("version").is(delivery.version())
                        .and("status").is(DeliveryStatus.PENDING)),
                new Update().set("nextAttemptAt", now).inc("version", 1), DeliveryDocument.class);
    }

    @Override
    public boolean save(Delivery delivery, long expectedVersion) {
        return mongo.replace(Query.query(Criteria.where("_id").is(delivery.id()).and("version").is(expectedVersion)),
                DeliveryDocument.from(delivery, expectedVersion + 1)).getMatchedCount() == 1;
    }

    @Override
    public List<Delivery> ofOrderKey(String orderKey) {
        return mongo.find(Query.query(Criteria.where("orderKey").is(orderKey)), DeliveryDocument.class).stream()
                .map(DeliveryDocument::toModel).toList();
    }

    @Override
    public long deleteOfEndpoint(String endpointId) {
        return mongo.remove(Query.query(Criteria.where("endpointId").is(endpointId)), DeliveryDocument.class)
                .getDeletedCount();
    }

    @Override
    public long redeliverRange(String endpointId, Instant from, Instant to, Instant now) {
        return mongo.updateMulti(Query.query(Criteria.where("endpointId").is(endpointId).and("createdAt").gte(from)
                        .lt(to)), new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", now)
                        .unset("firstFailureAt").inc("version", 1), DeliveryDocument.class).getModifiedCount();
    }
}
