package io.headcount.plumbing.outbox;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The stored markers behind {@link io.headcount.plumbing.domain.OncePerTeam}: one document per team, by id. */
public final class SeedMarkers {

    private final MongoTemplate mongo;
    private final String collection;

    public SeedMarkers(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    public boolean isMarked(String teamId) {
        return mongo.findById(teamId, org.bson.Document.class, collection) != null;
    }

    /** Idempotent: an upsert, so two instances marking at once both succeed. */
    public void mark(String teamId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), Update.update("seeded", true), collection);
    }
}
