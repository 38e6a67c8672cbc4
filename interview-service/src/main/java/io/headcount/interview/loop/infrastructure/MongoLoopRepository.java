package io.headcount.interview.loop.infrastructure;

import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.interview.loop.application.LoopRepository;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoLoopRepository extends MongoAggregateStore<InterviewLoop, LoopDocument, InterviewLoopEvent>
        implements LoopRepository {

    MongoLoopRepository(AggregateRepositories repositories, StageSets stageSets) {
        super(repositories.of(LoopDocument.class, loop -> LoopDocument.from(loop, stageSets.store(loop.stages())),
                document -> document.toModel(stageSets.stages(document.stageSetId())), InterviewLoop::id,
                InterviewLoop::teamId),
                new Kind<>("interview loop", InterviewLoop::id, InterviewLoop::version));
        aggregates.withIndex(new Index("candidacyKey", Sort.Direction.ASC)
                .unique());
        aggregates.withIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("candidateId", Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("requisitionId", Sort.Direction.ASC));
    }

    @Override
    public Optional<InterviewLoop> findByCandidacy(Candidacy candidacy) {
        return aggregates.findOne(Criteria.where("candidacyKey").is(candidacy.key()));
    }

    @Override
    public List<InterviewLoop> findOpenByRequisition(String teamId, String requisitionId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("requisitionId").is(requisitionId)
                .and("status").in(LoopStatus.OPEN, LoopStatus.COMPLETED));
    }

    @Override
    public List<InterviewLoop> findByCandidate(String teamId, String candidateId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }

    @Override
    public List<InterviewLoop> list(Collection<String> teamIds, String candidateId, String requisitionId,
                                    String afterId, int limit) {
        if (candidateId != null && requisitionId != null) {
            // a candidacy has one loop per team: looked up by its unique key, which every store answers from an
            // index, instead of a filtered scan
            return teamIds.stream().map(team -> findByCandidacy(new Candidacy(team, candidateId, requisitionId)))
                    .flatMap(Optional::stream)
                    .filter(loop -> afterId == null || loop.id().compareTo(afterId) > 0)
                    .sorted(java.util.Comparator.comparing(InterviewLoop::id)).limit(limit).toList();
        }
        return aggregates.page(teamIds, afterId, limit, "candidateId", candidateId, "requisitionId", requisitionId);
    }
}
