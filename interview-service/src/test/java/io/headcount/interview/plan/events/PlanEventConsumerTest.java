package io.headcount.interview.plan.events;

import io.headcount.events.WorkMode;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.interview.plan.application.PlanRepository;
import io.headcount.interview.plan.application.PlanService;
import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.interview.questionbank.application.QuestionBankService;
import io.headcount.interview.questionbank.application.QuestionRepository;
import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PlanEventConsumerTest {

    private final Map<String, InterviewPlan> plans = new HashMap<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final Set<String> seeded = new HashSet<>();

    private final PlanRepository planRepository = new PlanRepository() {
        @Override
        public boolean insertIfAbsent(InterviewPlan plan) {
            return plans.putIfAbsent(plan.requisitionId(), plan) == null;
        }

        @Override
        public boolean update(InterviewPlan plan, long expectedVersion) {
            InterviewPlan current = plans.get(plan.requisitionId());
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            plans.put(plan.requisitionId(), plan.withVersion(expectedVersion + 1));
            return true;
        }

        @Override
        public Optional<InterviewPlan> find(String requisitionId, Collection<String> teamIds) {
            return Optional.ofNullable(plans.get(requisitionId)).filter(plan -> teamIds.contains(plan.teamId()));
        }
    };

    private final QuestionRepository questionRepository = new QuestionRepository() {
        @Override
        public boolean insertIfAbsent(Question question) {
            return questions.putIfAbsent(question.id(), question) == null;
        }

        @Override
        public boolean update(Question question, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Question> find(String id, Collection<String> teamIds) {
            return Optional.ofNullable(questions.get(id));
        }

        @Override
        public List<Question> search(Collection<String> teamIds, QuestionCategory category, String tag, String text,
                                     boolean includeArchived, String afterId, int limit) {
            return List.copyOf(questions.values());
        }

        @Override
        public Set<String> existingIds(String teamId, Collection<String> ids) {
            return ids.stream().filter(questions::containsKey).collect(Collectors.toSet());
        }

        @Override
        public boolean isSeeded(String teamId) {
            return seeded.contains(teamId);
        }

        @Override
        public void markSeeded(String teamId) {
            seeded.add(teamId);
        }
    };

    private final PlanEventConsumer consumer = new PlanEventConsumer(new PlanService(planRepository,
            new QuestionBankService(questionRepository, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC))));

    @Test
    void an_opened_requisition_gets_the_guides_plan_with_kits_from_the_seeded_bank() {
        Scenario.given(consumer)
                .when(new RequisitionOpened("req-1", "SRE", "L5", "Berlin, DE", WorkMode.HYBRID, List.of("go"), "hank",
                        1))
                .then(() -> {
                    InterviewPlan plan = plans.get("req-1");
                    assertThat(plan.requisition().hiringManagerId()).isEqualTo("hank");
                    assertThat(plan.stages()).hasSize(5);
                    assertThat(plan.stages().stream().flatMap(stage -> stage.questionIds().stream()))
                            .allMatch(questions::containsKey);
                    assertThat(questions).hasSize(37);
                });
    }

    @Test
    void a_revision_hands_the_stages_to_the_new_hiring_manager_and_a_redelivery_changes_nothing_more() {
        Scenario.given(consumer)
                .when(new RequisitionOpened("req-2", "SRE", "L5", "Remote", WorkMode.REMOTE, List.of(), "hank", 1))
                .when(new RequisitionRevised("req-2", "SRE", "L6", "Remote", WorkMode.REMOTE, List.of(), "hedy", 1))
                .then(() -> assertThat(plans.get("req-2").version()).isEqualTo(2))
                .when(new RequisitionRevised("req-2", "SRE", "L6", "Remote", WorkMode.REMOTE, List.of(), "hedy", 1))
                .then(() -> {
                    InterviewPlan plan = plans.get("req-2");
                    assertThat(plan.version()).as("the same facts again store nothing").isEqualTo(2);
                    assertThat(plan.isHiringManager("hedy")).isTrue();
                    assertThat(plan.requisition().level()).isEqualTo("L6");
                    assertThat(plan.stages()).extracting(PlanStage::key).startsWith("recruiter-screen");
                });
    }

    @Test
    void a_closing_that_arrives_first_still_leaves_a_closed_requisition() {
        Scenario.given(consumer)
                .when(new RequisitionClosed("req-3", "cancelled"))
                .then(() -> assertThat(plans.get("req-3").requisition().open()).isFalse());
    }
}
