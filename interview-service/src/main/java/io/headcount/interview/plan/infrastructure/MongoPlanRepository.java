package io.headcount.interview.plan.infrastructure;

import io.headcount.interview.plan.application.PlanRepository;
import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoPlanRepository implements PlanRepository {

    private final AggregateRepository<InterviewPlan, PlanDocument> plans;

    MongoPlanRepository(AggregateRepositories repositories) {
        plans = repositories.of(PlanDocument.class, PlanDocument::from, PlanDocument::toModel,
                InterviewPlan::requisitionId, InterviewPlan::teamId);
    }

    @Override
    public boolean insertIfAbsent(InterviewPlan plan) {
        return plans.insertIfAbsent(plan, List.of());
    }

    @Override
    public boolean update(InterviewPlan plan, long expectedVersion) {
        return plans.update(plan, expectedVersion, List.of());
    }

    @Override
    public Optional<InterviewPlan> find(String requisitionId, Collection<String> teamIds) {
        return plans.findInTeams(requisitionId, teamIds);
    }
}
