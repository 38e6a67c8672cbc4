package io.headcount.candidate.pipeline.infrastructure;

import io.headcount.candidate.pipeline.application.PipelineRepository;
import io.headcount.candidate.pipeline.model.Pipeline;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The pipeline lives on the candidate document, under its own version, so it never conflicts with profile edits. */
@Repository
class MongoPipelineRepository implements PipelineRepository {

    private static final String COLLECTION = "candidates";

    private final MongoTemplate mongo;

    MongoPipelineRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Pipeline> find(String candidateId, String teamId) {
        Query query = Query.query(Criteria.where("_id").is(candidateId).and("teamId").is(teamId));
        query.fields().include("pipeline");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION))
                .map(document -> PipelineDocuments.fromBson(document.get("pipeline", Document.class)));
    }

    @Override
    public boolean replace(String candidateId, String teamId, long expectedVersion, Pipeline pipeline) {
        Criteria current = Criteria.where("_id").is(candidateId).and("teamId").is(teamId);
        current = expectedVersion == 0
                ? current.orOperator(Criteria.where("pipeline.version").is(0L),
                        Criteria.where("pipeline").exists(false))
                : current.and("pipeline.version").is(expectedVersion);
        return mongo.updateFirst(Query.query(current), new Update().set("pipeline", PipelineDocuments.toBson(pipeline)),
                COLLECTION).getMatchedCount() == 1;
    }
}
