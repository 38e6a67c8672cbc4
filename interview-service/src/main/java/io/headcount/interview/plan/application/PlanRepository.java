package io.headcount.interview.plan.application;

import io.headcount.interview.plan.model.InterviewPlan;

import java.util.Collection;
import java.util.Optional;

public interface PlanRepository {

    /** False when the requisition has a plan already: nothing is stored. */
    boolean insertIfAbsent(InterviewPlan plan);

    boolean update(InterviewPlan plan, long expectedVersion);

    Optional<InterviewPlan> find(String requisitionId, Collection<String> teamIds);
}
