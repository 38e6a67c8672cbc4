package io.headcount.interview.plan.model;

import io.headcount.events.InterviewStage;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewPlanTest {

    private static final List<PlanStage> GUIDE = DefaultPlan.stages(code -> "q-" + code);

    @Test
    void the_default_plan_is_the_guides_process_and_passes_its_own_rules() {
        InterviewPlan.validate(GUIDE);

        assertThat(GUIDE).extracting(PlanStage::key).containsExactly("recruiter-screen", "hiring-manager-screen",
                "technical-live", "technical-take-home", "executive-screen");
        assertThat(GUIDE.get(2).format()).isEqualTo(StageFormat.LIVE_EXERCISE);
        assertThat(GUIDE.get(3).format()).isEqualTo(StageFormat.TAKE_HOME);
        assertThat(GUIDE.get(0).focusAttributes()).contains("compensation alignment");
        assertThat(GUIDE.get(2).questionIds()).allMatch(id -> id.startsWith("q-"));
    }

    @Test
    void a_technical_stage_needs_a_format_and_only_a_take_home_has_an_allowance() {
        assertRefused(stage("tech", InterviewStage.TECHNICAL, null, 60, null, 1), "stages[0].format");
        assertRefused(stage("tech", InterviewStage.TECHNICAL, StageFormat.TAKE_HOME, null, null, 1),
                "stages[0].allowanceHours");
        assertRefused(stage("screen", InterviewStage.RECRUITER_SCREEN, StageFormat.LIVE_EXERCISE, 30, null, 0),
                "stages[0].format");
        assertRefused(stage("screen", InterviewStage.RECRUITER_SCREEN, null, 30, 24, 0), "stages[0].allowanceHours");
        assertRefused(stage("tech", InterviewStage.TECHNICAL, StageFormat.TAKE_HOME, null, 48, 0),
                "stages[0].minScorecards");
    }

    @Test
    void keys_are_slugs_and_unique_in_the_plan() {
        assertRefused(stage("Tech Round", InterviewStage.TECHNICAL, StageFormat.LIVE_EXERCISE, 60, null, 1),
                "stages[0].key");
        List<PlanStage> twice = new ArrayList<>(GUIDE);
        twice.add(GUIDE.get(0));
        assertThatThrownBy(() -> InterviewPlan.validate(twice)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("stages[5].key");
    }

    @Test
    void a_plan_has_at_least_one_stage() {
        assertThatThrownBy(() -> InterviewPlan.validate(List.of())).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("stages");
    }

    private static PlanStage stage(String key, InterviewStage kind, StageFormat format, Integer minutes,
                                   Integer hours, int minScorecards) {
        return new PlanStage(key, kind, "A stage", format, minutes, hours, List.of("skill"), List.of(),
                minScorecards);
    }

    private static void assertRefused(PlanStage stage, String field) {
        assertThatThrownBy(() -> InterviewPlan.validate(List.of(stage))).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }
}
