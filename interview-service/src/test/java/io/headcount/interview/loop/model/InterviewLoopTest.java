package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.interview.plan.model.DefaultPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewLoopTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final List<PlanStage> GUIDE = DefaultPlan.stages(code -> "q-" + code);

    private final InterviewLoop loop = InterviewLoop.open("loop-1", new Candidacy("team-a", "cand-1", "req-1"), "Ada",
            3, GUIDE, NOW);

    @Test
    void a_new_loop_starts_at_the_first_stage_of_its_plan() {
        assertThat(loop.status()).isEqualTo(LoopStatus.OPEN);
        assertThat(loop.currentStage()).map(PlanStage::key).contains("recruiter-screen");
        assertThat(loop.planVersion()).isEqualTo(3);
    }

    @Test
    void advancing_a_stage_passes_it_keeps_the_reason_and_moves_to_the_next() {
        Changed<InterviewLoop, InterviewLoopEvent> decided = loop.decide("recruiter-screen", Decision.ADVANCE, "aligned on pay",
                "alice", List.of(), NOW);

        assertThat(decided.events()).containsExactly(new ScreenPassed("loop-1", "cand-1", "req-1",
                InterviewStage.RECRUITER_SCREEN, "recruiter-screen"));
        assertThat(decided.state().currentStage()).map(PlanStage::key).contains("hiring-manager-screen");
        assertThat(decided.state().results().get(0).reason()).isEqualTo("aligned on pay");
    }

    @Test
    void a_stage_may_be_named_by_its_kind_while_that_kind_is_current() {
        Changed<InterviewLoop, InterviewLoopEvent> decided = loop.decide("RECRUITER_SCREEN", Decision.ADVANCE, null, "alice", List.of(),
                NOW);

        assertThat(decided.state().results()).extracting(StageResult::stageKey).containsExactly("recruiter-screen");
    }

    @Test
    void the_guide_plan_has_two_technical_rounds_and_completes_after_the_executive_screen() {
        InterviewLoop state = loop;
        Changed<InterviewLoop, InterviewLoopEvent> decided = null;
        for (PlanStage stage : GUIDE) {
            decided = state.decide(stage.key(), Decision.ADVANCE, null, "someone",
                    stage.minScorecards() == 0 ? List.of() : List.of("card-" + stage.key()), NOW);
            state = decided.state();
        }

        assertThat(GUIDE).extracting(PlanStage::kind).containsExactly(InterviewStage.RECRUITER_SCREEN,
                InterviewStage.HIRING_MANAGER_SCREEN, InterviewStage.TECHNICAL, InterviewStage.TECHNICAL,
                InterviewStage.EXECUTIVE_SCREEN);
        assertThat(state.status()).isEqualTo(LoopStatus.COMPLETED);
        assertThat(decided.events()).contains(new InterviewLoopCompleted("loop-1", "cand-1", "req-1"));
        assertThat(state.results().get(2).scorecardIds()).containsExactly("card-technical-live");
    }

    @Test
    void a_technical_round_is_not_decided_before_its_minimum_of_submitted_scorecards() {
        InterviewLoop atTechnical = loop.decide("recruiter-screen", Decision.ADVANCE, null, "alice", List.of(), NOW)
                .state().decide("hiring-manager-screen", Decision.ADVANCE, null, "hank", List.of(), NOW).state();

        assertThatThrownBy(() -> atTechnical.decide("technical-live", Decision.ADVANCE, null, "hank", List.of(), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("needs 1 submitted scorecard");
    }

    @Test
    void rejecting_a_stage_ends_the_loop() {
        Changed<InterviewLoop, InterviewLoopEvent> decided = loop.decide("recruiter-screen", Decision.REJECT, "no overlap", "alice",
                List.of(), NOW);

        assertThat(decided.state().status()).isEqualTo(LoopStatus.REJECTED);
        assertThat(decided.events()).containsExactly(new ScreenFailed("loop-1", "cand-1", "req-1",
                InterviewStage.RECRUITER_SCREEN, "no overlap", "recruiter-screen"));
        assertThatThrownBy(() -> decided.state().decide("hiring-manager-screen", Decision.ADVANCE, null, "hank",
                List.of(), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void stages_are_decided_in_order() {
        assertThatThrownBy(() -> loop.decide("technical-live", Decision.ADVANCE, null, "hank", List.of("c"), NOW))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("recruiter-screen");
    }

    @Test
    void closing_leaves_a_finished_outcome_alone_and_erasure_keeps_decisions_but_not_names_or_reasons() {
        InterviewLoop rejected = loop.decide("recruiter-screen", Decision.REJECT, "Ada asked too much", "alice",
                List.of(), NOW).state();

        assertThat(rejected.close().status()).isEqualTo(LoopStatus.REJECTED);
        assertThat(loop.close().status()).isEqualTo(LoopStatus.CLOSED);
        InterviewLoop erased = rejected.erasePersonalData();
        assertThat(erased.candidateName()).isNull();
        assertThat(erased.results()).singleElement().satisfies(result -> {
            assertThat(result.reason()).isNull();
            assertThat(result.decision()).isEqualTo(Decision.REJECT);
        });
    }

    @Test
    void deciding_a_stage_again_is_a_conflict_that_says_it_is_already_decided() {
        InterviewLoop atManagerScreen = loop.decide("recruiter-screen", Decision.ADVANCE, null, "alice", List.of(),
                NOW).state();

        assertThat(atManagerScreen.earlierDecisionOf("recruiter-screen")).isPresent();
        assertThat(atManagerScreen.earlierDecisionOf("hiring-manager-screen")).isEmpty();
        assertThatThrownBy(() -> atManagerScreen.decide("recruiter-screen", Decision.ADVANCE, null, "alice",
                List.of(), NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("already decided");
        assertThatThrownBy(() -> atManagerScreen.decide("RECRUITER_SCREEN", Decision.REJECT, null, "alice",
                List.of(), NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("already decided");
    }

    @Test
    void a_loop_closed_by_its_filled_requisition_before_the_acceptance_arrives_is_still_hired() {
        InterviewLoop completed = passedEveryStage();

        InterviewLoop closedFirst = completed.close();
        assertThat(closedFirst.passedEveryStage()).isTrue();
        assertThat(closedFirst.markHired().status()).isEqualTo(LoopStatus.HIRED);
        assertThat(completed.markHired().status()).isEqualTo(LoopStatus.HIRED);
        assertThat(loop.close().markHired().status()).as("closed while open: never hired").isEqualTo(LoopStatus.CLOSED);
        assertThat(loop.passedEveryStage()).isFalse();
    }

    private InterviewLoop passedEveryStage() {
        InterviewLoop state = loop;
        for (PlanStage stage : GUIDE) {
            state = state.decide(stage.key(), Decision.ADVANCE, null, "someone",
                    stage.minScorecards() == 0 ? List.of() : List.of("card-" + stage.key()), NOW).state();
        }
        return state;
    }
}
