package io.headcount.insights.funnel.infrastructure;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.headcount.insights.funnel.application.FactStore;
import io.headcount.insights.funnel.model.CandidacyFacts;
import io.headcount.plumbing.domain.Ids;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@Repository
class MongoFactStore implements FactStore {

    static final String CANDIDACIES = "candidacies";
    static final String SCORECARDS = "scorecards";
    static final String REQUISITIONS = "requisitions";
    /** Hashes of erased candidates' ids: a candidacy created after the erasure (a reordered event) is not linked. */
    static final String ERASED = "erased_candidates";

    private final MongoTemplate mongo;

    MongoFactStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(CANDIDACIES).createIndex(new Document("requisitionId", 1));
        mongo.getCollection(CANDIDACIES).createIndex(new Document("teamId", 1));
        mongo.getCollection(CANDIDACIES).createIndex(new Document("candidateKey", 1));
        mongo.getCollection(SCORECARDS).createIndex(new Document("requisitionId", 1));
    }

    @Override
    public void recordEarliest(String teamId, String requisitionId, String candidateId, String fact, Instant at) {
        if (at == null) {
            return;
        }
        upsertCandidacy(teamId, requisitionId, candidateId, Updates.min(fact, Date.from(at)));
    }

    @Override
    public void recordSourceChannel(String teamId, String requisitionId, String candidateId, String channel) {
        upsertCandidacy(teamId, requisitionId, candidateId, Updates.set("sourceChannel", channel));
    }

    /** Keyed by a hash of team, requisition and candidate; linked to the candidate only until erasure. */
    private void upsertCandidacy(String teamId, String requisitionId, String candidateId, Bson change) {
        String id = Ids.derivedFrom(teamId + "|" + requisitionId + "|" + candidateId);
        boolean erased = mongo.getCollection(ERASED)
                .find(Filters.eq("_id", Ids.derivedFrom(candidateId))).first() != null;
        mongo.getCollection(CANDIDACIES).updateOne(Filters.eq("_id", id), Updates.combine(change,
                        Updates.setOnInsert("teamId", teamId), Updates.setOnInsert("requisitionId", requisitionId),
                        erased ? Updates.setOnInsert("erased", true)
                                : Updates.setOnInsert("candidateKey", Ids.derivedFrom(candidateId))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void recordRecommendation(String teamId, String requisitionId, String scorecardId, String recommendation,
                                     Instant at) {
        Date time = Date.from(at);
        try {
            // an amended scorecard replaces its earlier version, whatever order they arrive in
            mongo.upsert(Query.query(Criteria.where("_id").is(scorecardId).and("at").lt(time)),
                    new Update().set("recommendation", recommendation).set("at", time).set("teamId", teamId)
                            .set("requisitionId", requisitionId), SCORECARDS);
        } catch (DuplicateKeyException newerOneStored) {
            // the upsert met the stored, newer version (same _id): it stays
        }
    }

    @Override
    public void recordRequisition(String teamId, String requisitionId, String title) {
        mongo.getCollection(REQUISITIONS).updateOne(Filters.eq("_id", requisitionId),
                Updates.combine(Updates.set("teamId", teamId), Updates.set("title", title)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void erase(String candidateId) {
        String key = Ids.derivedFrom(candidateId);
        mongo.getCollection(ERASED).updateOne(Filters.eq("_id", key),
                Updates.setOnInsert("erased", true), new UpdateOptions().upsert(true));
        mongo.getCollection(CANDIDACIES).updateMany(Filters.eq("candidateKey", key),
                Updates.combine(Updates.unset("candidateKey"), Updates.set("erased", true)));
    }

    @Override
    public List<CandidacyFacts> ofRequisition(String requisitionId, Collection<String> teamIds) {
        return candidacies(Filters.and(Filters.eq("requisitionId", requisitionId), Filters.in("teamId", teamIds)));
    }

    @Override
    public List<CandidacyFacts> ofTeam(String teamId) {
        return candidacies(Filters.eq("teamId", teamId));
    }

    private List<CandidacyFacts> candidacies(Bson filter) {
        List<CandidacyFacts> found = new ArrayList<>();
        for (Document document : mongo.getCollection(CANDIDACIES).find(filter).sort(new Document("_id", 1))) {
            found.add(new CandidacyFacts(document.getString("teamId"), document.getString("requisitionId"),
                    document.getString("sourceChannel"), instant(document, "sourcedAt"),
                    instants(document.get("stagesPassed", Document.class)),
                    instants(document.get("stagesFailed", Document.class)), instant(document, "loopCompletedAt"),
                    instant(document, "offerExtendedAt"), instant(document, "offerAcceptedAt"),
                    instant(document, "offerDeclinedAt"), instant(document, "offerExpiredAt"),
                    instant(document, "withdrawnAt")));
        }
        return found;
    }

    @Override
    public Map<String, Integer> recommendations(String requisitionId, Collection<String> teamIds) {
        return countRecommendations(Filters.and(Filters.eq("requisitionId", requisitionId),
                Filters.in("teamId", teamIds)));
    }

    @Override
    public Map<String, Integer> teamRecommendations(String teamId) {
        return countRecommendations(Filters.eq("teamId", teamId));
    }

    private Map<String, Integer> countRecommendations(Bson filter) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Document document : mongo.getCollection(SCORECARDS).find(filter)) {
            counts.merge(document.getString("recommendation"), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public Optional<RequisitionSummary> requisition(String requisitionId, Collection<String> teamIds) {
        return Optional.ofNullable(mongo.getCollection(REQUISITIONS).find(Filters.and(
                        Filters.eq("_id", requisitionId), Filters.in("teamId", teamIds))).first())
                .map(MongoFactStore::summary);
    }

    @Override
    public List<RequisitionSummary> requisitions(Collection<String> teamIds) {
        List<RequisitionSummary> found = new ArrayList<>();
        mongo.getCollection(REQUISITIONS).find(Filters.in("teamId", teamIds)).sort(new Document("_id", 1))
                .forEach(document -> found.add(summary(document)));
        return found;
    }

    private static RequisitionSummary summary(Document document) {
        return new RequisitionSummary(document.getString("_id"), document.getString("teamId"),
                document.getString("title"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Map<String, Instant> instants(Document document) {
        Map<String, Instant> times = new HashMap<>();
        if (document != null) {
            document.forEach((key, value) -> times.put(key, ((Date) value).toInstant()));
        }
        return times;
    }
}
