package io.headcount.interview.loop.infrastructure;

import io.headcount.interview.plan.model.PlanStage;
import io.headcount.plumbing.domain.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stages loops copied from their plans, stored once per distinct content: a loop holds the id (a hash of the
 * stages), so thousands of loops of one plan share one immutable snapshot instead of each carrying a copy. Being
 * content-addressed, a stage set never changes and is cached in memory forever (one per plan edit at most).
 */
@Component
class StageSets {

    @Document("interview_stage_sets")
    record StageSetDocument(@Id String id, List<PlanStage> stages) {
    }

    private final MongoTemplate mongo;
    private final Map<String, List<PlanStage>> known = new ConcurrentHashMap<>();

    StageSets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the stages if they are new; returns their id. */
    String store(List<PlanStage> stages) {
        String id = idOf(stages);
        if (!known.containsKey(id)) {
            try {
                mongo.insert(new StageSetDocument(id, stages));
            } catch (DuplicateKeyException storedBefore) {
                // the same content under the same id: nothing to do
            }
            known.put(id, List.copyOf(stages));
        }
        return id;
    }

    List<PlanStage> stages(String id) {
        return known.computeIfAbsent(id, missing -> {
            StageSetDocument stored = mongo.findById(missing, StageSetDocument.class);
            if (stored == null) {
                throw new IllegalStateException("stage set " + missing + " of a stored loop is missing");
            }
            return List.copyOf(stored.stages());
        });
    }

    static String idOf(List<PlanStage> stages) {
        return Ids.derivedFrom("stage-set|" + stages);
    }
}
