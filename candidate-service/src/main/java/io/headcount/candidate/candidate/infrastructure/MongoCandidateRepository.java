package io.headcount.candidate.candidate.infrastructure;

import io.headcount.candidate.candidate.application.CandidateRepository;
import io.headcount.candidate.candidate.application.DuplicateCandidateException;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.ContactKeys;
import io.headcount.candidate.pipeline.PipelineDocuments;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.events.EventEnvelope;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class MongoCandidateRepository extends MongoAggregateStore<Candidate, CandidateDocument, CandidateEvent>
        implements CandidateRepository {

    private final MongoTemplate mongo;

    MongoCandidateRepository(AggregateRepositories repositories, MongoTemplate mongo) {
        super(repositories.of(CandidateDocument.class, CandidateDocument::from,
                CandidateDocument::toModel, Candidate::id, Candidate::teamId),
                new Kind<>("candidate", Candidate::id, Candidate::version));
        this.mongo = mongo;
        // single-field unique sparse indexes: "unique where present", enforced by the store under concurrency
        mongo.indexOps(CandidateCollection.NAME).createIndex(new Index("emailKey", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(CandidateCollection.NAME).createIndex(new Index("linkedinKey", Sort.Direction.ASC).unique().sparse());
    }

    @Override
    public void insert(Candidate candidate, List<CandidateEvent> events) {
        List<EventEnvelope> envelopes = aggregates.stamp(candidate, events);
        Pipeline pipeline = Pipeline.empty();
        for (int i = 0; i < events.size(); i++) {
            pipeline = pipeline.apply(envelopes.get(i).id(), envelopes.get(i).time(), events.get(i));
        }
        try {
            // inserts carry the initial pipeline, so a new candidate shows SOURCED at once
            aggregates.insert(candidate, envelopes, Map.of(CandidateDocument.PIPELINE,
                    PipelineDocuments.toBson(pipeline)));
        } catch (DuplicateKeyException e) {
            throw new DuplicateCandidateException(e);
        }
    }

    /** With the first pipeline, like {@link #insert}; false when the team has this contact already. */
    @Override
    public boolean insertIfAbsent(Candidate candidate, List<CandidateEvent> events) {
        try {
            insert(candidate, events);
            return true;
        } catch (DuplicateCandidateException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean update(Candidate candidate, long expectedVersion, List<CandidateEvent> events) {
        try {
            return aggregates.update(candidate, expectedVersion, events, CandidateDocument.PIPELINE);
        } catch (DuplicateKeyException e) {
            throw new DuplicateCandidateException(e);
        }
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
        return Optional.ofNullable(mongo.findOne(query, Document.class, CandidateCollection.NAME)).map(d -> d.getString("_id"));
    }
}
