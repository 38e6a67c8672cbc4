package io.headcount.interview.scheduling.infrastructure;

import io.headcount.events.interview.InterviewEvent;
import io.headcount.interview.scheduling.application.InterviewRepository;
import io.headcount.interview.scheduling.application.SlotTakenException;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.interview.scheduling.model.InterviewStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@Repository
class MongoInterviewRepository extends MongoAggregateStore<Interview, InterviewDocument, InterviewEvent>
        implements InterviewRepository {

    MongoInterviewRepository(AggregateRepositories repositories) {
        super(repositories.of(InterviewDocument.class, InterviewDocument::from, InterviewDocument::toModel,
                Interview::id, Interview::teamId),
                new Kind<>("interview", Interview::id, Interview::version));
        aggregates.withIndex(new Index("slotKeys", Sort.Direction.ASC).unique().sparse());
        aggregates.withIndex(new Index().on("interviewerIds", Sort.Direction.ASC).on("startsAt",
                Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("teamId", Sort.Direction.ASC).on("requisitionId", Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("loopId", Sort.Direction.ASC));
    }

    @Override
    public void insert(Interview interview, List<InterviewEvent> events) {
        storing(interview, () -> {
            aggregates.insert(interview, events);
            return null;
        });
    }

    @Override
    public boolean update(Interview interview, long expectedVersion, List<InterviewEvent> events) {
        return storing(interview, () -> aggregates.update(interview, expectedVersion, events));
    }

    /** Turns the unique index's refusal into the clash it stands for: which interview holds whose slot. */
    private <T> T storing(Interview interview, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException taken) {
            // one equality lookup per key, each answered by the unique index (an $in over the keys is a scan on the
            // embedded store); a clash is usually found at the first key
            for (String key : interview.slotKeys()) {
                Optional<Interview> holder = aggregates.findOne(Criteria.where("slotKeys").is(key))
                        .filter(found -> !found.id().equals(interview.id()));
                if (holder.isPresent()) {
                    throw new SlotTakenException(holder.get().id(), key.split("\\|")[1]);
                }
            }
            throw taken;
        }
    }

    @Override
    public List<Interview> upcomingFor(Collection<String> teamIds, String interviewerId, Instant now,
                                       Instant afterStart, String afterId, int limit) {
        Criteria criteria = Criteria.where("interviewerIds").is(interviewerId).and("teamId").in(teamIds)
                .and("status").is(InterviewStatus.SCHEDULED).and("endsAt").gt(now);
        if (afterStart != null) {
            criteria = criteria.orOperator(Criteria.where("startsAt").gt(afterStart),
                    Criteria.where("startsAt").is(afterStart).and("_id").gt(afterId));
        }
        return aggregates.find(Query.query(criteria).with(Sort.by("startsAt", "_id")).limit(limit));
    }

    @Override
    public List<Interview> upcomingOf(String teamId, String requisitionId, String candidateId, Instant now) {
        Criteria criteria = Criteria.where("teamId").is(teamId).and("requisitionId").is(requisitionId)
                .and("status").is(InterviewStatus.SCHEDULED).and("endsAt").gt(now);
        if (candidateId != null) {
            criteria = criteria.and("candidateId").is(candidateId);
        }
        return aggregates.find(criteria);
    }

    @Override
    public List<Interview> findByCandidate(String teamId, String candidateId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }

    @Override
    public List<Interview> findByLoop(String loopId, Collection<String> teamIds) {
        return aggregates.find(Query.query(Criteria.where("loopId").is(loopId).and("teamId").in(teamIds))
                .with(Sort.by("startsAt", "_id")));
    }
}
