package io.headcount.interview.plan.application;

import io.headcount.interview.plan.model.DefaultPlan;
import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.plan.model.RequisitionFacts;
import io.headcount.interview.questionbank.application.QuestionBankService;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NoEvent;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.UnaryOperator;

/** Requisitions' interview plans: the guide's default, edited per requisition; and what is known of each requisition. */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final QuestionBankService bank;

    public PlanService(PlanRepository plans, QuestionBankService bank) {
        this.plans = plans;
        this.bank = bank;
    }

    public InterviewPlan get(Caller caller, String requisitionId) {
        caller.requireTeamMember();
        return plans.find(requisitionId, caller.teams())
                .orElseThrow(() -> new NotFoundException("interview plan of requisition", requisitionId));
    }

    /** Needs If-Match. Running loops keep the stages they started with. */
    public InterviewPlan replaceStages(Caller caller, String requisitionId, ExpectedVersion expected,
                                       List<PlanStage> stages) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        InterviewPlan plan = get(caller, requisitionId);
        InterviewPlan replaced = plan.withStages(stages);
        for (int i = 0; i < stages.size(); i++) {
            int stage = i;
            bank.firstUnknown(plan.teamId(), stages.get(i).questionIds()).ifPresent(unknown -> {
                throw new InvalidFieldException("stages[" + stage + "].questionIds", "'" + unknown
                        + "' is not a question of team " + plan.teamId() + "'s bank");
            });
        }
        writes().save(plan, expected.against(plan.version()), Changed.unchanged(replaced));
        return get(caller, requisitionId);
    }

    /** The stages a loop opening now copies: the requisition's plan, or the default while it is not known yet. */
    public InterviewPlan currentFor(String teamId, String requisitionId) {
        return plans.find(requisitionId, List.of(teamId))
                .orElseGet(() -> defaultPlan(teamId, requisitionId, RequisitionFacts.unknown()).withVersion(0));
    }

    /** Records what candidate-service said about a requisition (opened, revised, closed); idempotent. */
    public void learn(String teamId, String requisitionId, UnaryOperator<RequisitionFacts> change) {
        OnLatest.retry(() -> {
            InterviewPlan plan = plans.find(requisitionId, List.of(teamId)).orElse(null);
            if (plan == null) {
                if (plans.insertIfAbsent(defaultPlan(teamId, requisitionId, change.apply(RequisitionFacts.unknown())))) {
                    return null;
                }
                plan = plans.find(requisitionId, List.of(teamId)).orElseThrow();
            }
            writes().save(plan, Changed.unchanged(plan.learn(change.apply(plan.requisition()))));
            return null;
        });
    }

    private InterviewPlan defaultPlan(String teamId, String requisitionId, RequisitionFacts facts) {
        bank.ensureSeeded(teamId);
        return InterviewPlan.defaultFor(requisitionId, teamId, facts,
                DefaultPlan.stages(code -> bank.starterId(teamId, code)));
    }

    private VersionedWrites<InterviewPlan, NoEvent> writes() {
        return new VersionedWrites<>("interview plan", (plan, version, events) -> plans.update(plan, version),
                InterviewPlan::requisitionId, InterviewPlan::version);
    }

}
