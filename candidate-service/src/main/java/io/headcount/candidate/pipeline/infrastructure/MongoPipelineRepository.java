package io.headcount.candidate.pipeline.infrastructure;

import io.headcount.candidate.pipeline.PipelineDocuments;
import io.headcount.candidate.pipeline.application.PipelineRepository;
import io.headcount.candidate.pipeline.model.Pipeline;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
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
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("pipeline.version", Sort.Direction.ASC).unique());
    }

    @Override
    public Optional<Pipeline> find(String candidateId, String teamId) {
        // by _id alone (the index every store uses), then the team check
        Query query = Query.query(Criteria.where("_id").is(candidateId));
        query.fields().include("pipeline").include("teamId");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION))
                .filter(document -> teamId.equals(document.getString("teamId")))
                .map(document -> PipelineDocuments.fromBson(document.get("pipeline", Document.class)));
    }

    @Override
    public boolean replace(String candidateId, String teamId, long expectedVersion, Pipeline pipeline) {
        // team checked on read; {_id, pipeline.version} is a unique index, so this filter is served by it everywhere
        Criteria current = Criteria.where("_id").is(candidateId).and("pipeline.version").is(expectedVersion);
        return mongo.updateFirst(Query.query(current), new Update().set("pipeline", PipelineDocuments.toBson(pipeline)),
                COLLECTION).getMatchedCount() == 1;
    }
}
