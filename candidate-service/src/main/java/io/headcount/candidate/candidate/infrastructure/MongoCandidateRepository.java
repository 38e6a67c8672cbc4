package io.headcount.candidate.candidate.infrastructure;

import io.headcount.candidate.candidate.application.CandidateRepository;
import io.headcount.candidate.candidate.application.DuplicateCandidateException;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.ContactKeys;
import io.headcount.candidate.pipeline.infrastructure.PipelineDocuments;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.TeamScopedReads;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class MongoCandidateRepository implements CandidateRepository {

    private static final String COLLECTION = "candidates";

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;

    MongoCandidateRepository(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
        // single-field unique sparse indexes: "unique where present", enforced by the store under concurrency
        mongo.indexOps(COLLECTION).createIndex(new Index("emailKey", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(COLLECTION).createIndex(new Index("linkedinKey", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(COLLECTION).createIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC));
    }

    @Override
    public void insert(Candidate candidate, List<HeadcountEvent> events) {
        List<EventEnvelope> envelopes = outboxEvents.stamp(candidate.teamId(), events);
        Pipeline pipeline = Pipeline.empty();
        for (int i = 0; i < events.size(); i++) {
            pipeline = pipeline.apply(envelopes.get(i).id(), envelopes.get(i).time(), events.get(i));
        }
        CandidateDocument document = CandidateDocument.from(candidate);
        try {
            // inserts carry the initial pipeline, so a new candidate shows SOURCED at once
            store.insert(document, envelopes, Map.of(CandidateDocument.PIPELINE, PipelineDocuments.toBson(pipeline)));
        } catch (DuplicateKeyException e) {
            throw new DuplicateCandidateException(e);
        }
    }

    @Override
    public boolean update(Candidate candidate, long expectedVersion, List<HeadcountEvent> events) {
        try {
            return store.update(candidate.id(), expectedVersion, CandidateDocument.from(candidate),
                    outboxEvents.stamp(candidate.teamId(), events), Set.of(CandidateDocument.PIPELINE));
        } catch (DuplicateKeyException e) {
            throw new DuplicateCandidateException(e);
        }
    }

    @Override
    public Optional<Candidate> find(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, CandidateDocument.class, teamIds, CandidateDocument::teamId)
                .map(CandidateDocument::toModel);
    }

    @Override
    public Optional<String> findIdByContact(String teamId, String email, String linkedinUrl) {
        List<Criteria> keys = new ArrayList<>();
        String emailKey = ContactKeys.emailKey(teamId, email);
        String linkedinKey = ContactKeys.linkedinKey(teamId, linkedinUrl);
        if (emailKey != null) {
            keys.add(Criteria.where("emailKey").is(emailKey));
        }
        if (linkedinKey != null) {
            keys.add(Criteria.where("linkedinKey").is(linkedinKey));
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Query query = Query.query(new Criteria().orOperator(keys));
        query.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(d -> d.getString("_id"));
    }
}
