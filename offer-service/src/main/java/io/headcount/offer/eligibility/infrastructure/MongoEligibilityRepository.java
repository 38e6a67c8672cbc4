package io.headcount.offer.eligibility.infrastructure;

import io.headcount.offer.eligibility.application.EligibilityRepository;
import io.headcount.offer.eligibility.model.Eligibility;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per candidacy ({@code team|candidate|requisition}) plus one per erased candidate: erasure may arrive
 * before this service has heard of some candidacy, so it is recorded for the person, not per candidacy.
 */
@Repository
class MongoEligibilityRepository implements EligibilityRepository {

    private static final String CANDIDACIES = "offer_eligibility";
    private static final String ERASED = "erased_candidates";

    private final MongoTemplate mongo;

    MongoEligibilityRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Eligibility find(String teamId, String candidateId, String requisitionId) {
        Document candidacy = mongo.findById(key(teamId, candidateId, requisitionId), Document.class, CANDIDACIES);
        boolean erased = mongo.findById(teamId + "|" + candidateId, Document.class, ERASED) != null;
        if (candidacy == null) {
            return new Eligibility(false, false, erased);
        }
        return new Eligibility(candidacy.getBoolean("loopCompleted", false),
                candidacy.getBoolean("withdrawn", false), erased);
    }

    @Override
    public void markLoopCompleted(String teamId, String candidateId, String requisitionId) {
        set(teamId, candidateId, requisitionId, "loopCompleted");
    }

    @Override
    public void markWithdrawn(String teamId, String candidateId, String requisitionId) {
        set(teamId, candidateId, requisitionId, "withdrawn");
    }

    @Override
    public void markErased(String teamId, String candidateId) {
        mongo.upsert(byId(teamId + "|" + candidateId), new Update().set("erased", true), ERASED);
    }

    private void set(String teamId, String candidateId, String requisitionId, String fact) {
        mongo.upsert(byId(key(teamId, candidateId, requisitionId)), new Update().set(fact, true)
                .set("teamId", teamId).set("candidateId", candidateId).set("requisitionId", requisitionId),
                CANDIDACIES);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String key(String teamId, String candidateId, String requisitionId) {
        return teamId + "|" + candidateId + "|" + requisitionId;
    }
}
