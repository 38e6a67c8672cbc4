package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.headcount.events.InterviewStage.EXECUTIVE_SCREEN;
import static io.headcount.events.InterviewStage.HIRING_MANAGER_SCREEN;
import static io.headcount.events.InterviewStage.RECRUITER_SCREEN;
import static io.headcount.events.InterviewStage.TECHNICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewLoopTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final InterviewLoop loop = InterviewLoop.open("loop-1", "team-a", "cand-1", "req-1", "Ada", NOW);

    @Test
    void a_new_loop_starts_at_the_recruiter_screen() {
        assertThat(loop.status()).isEqualTo(LoopStatus.OPEN);
        assertThat(loop.currentStage()).contains(RECRUITER_SCREEN);
    }

    @Test
    void advancing_a_stage_passes_it_and_moves_to_the_next() {
        Changed<InterviewLoop> decided = loop.decide(RECRUITER_SCREEN, Decision.ADVANCE, null, "alice", NOW);

        assertThat(decided.events()).containsExactly(new ScreenPassed("loop-1", "cand-1", "req-1", RECRUITER_SCREEN));
        assertThat(decided.state().currentStage()).contains(HIRING_MANAGER_SCREEN);
    }

    @Test
    void passing_the_last_stage_completes_the_loop() {
        InterviewLoop atExecutiveScreen = advanceThrough(RECRUITER_SCREEN, HIRING_MANAGER_SCREEN, TECHNICAL);

        Changed<InterviewLoop> decided = atExecutiveScreen.decide(EXECUTIVE_SCREEN, Decision.ADVANCE, null, "hank",
                NOW);

        assertThat(decided.events()).containsExactly(new ScreenPassed("loop-1", "cand-1", "req-1", EXECUTIVE_SCREEN),
                new InterviewLoopCompleted("loop-1", "cand-1", "req-1"));
        assertThat(decided.state().status()).isEqualTo(LoopStatus.COMPLETED);
        assertThat(decided.state().currentStage()).isEmpty();
    }

    @Test
    void rejecting_at_a_stage_ends_the_loop() {
        Changed<InterviewLoop> decided = loop.decide(RECRUITER_SCREEN, Decision.REJECT, "no", "alice", NOW);

        assertThat(decided.events()).containsExactly(
                new ScreenFailed("loop-1", "cand-1", "req-1", RECRUITER_SCREEN, "no"));
        assertThat(decided.state().status()).isEqualTo(LoopStatus.REJECTED);
        assertThatThrownBy(() -> decided.state().decide(HIRING_MANAGER_SCREEN, Decision.ADVANCE, null, "hank", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void stages_are_decided_in_order() {
        assertThatThrownBy(() -> loop.decide(TECHNICAL, Decision.ADVANCE, null, "hank", NOW))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("RECRUITER_SCREEN");
    }

    @Test
    void a_withdrawn_candidates_open_loop_closes_and_erasure_drops_the_name_only() {
        InterviewLoop closed = advanceThrough(RECRUITER_SCREEN).closeOnWithdrawal();
        InterviewLoop erased = closed.erasePersonalData();

        assertThat(closed.status()).isEqualTo(LoopStatus.CLOSED);
        assertThat(erased.candidateName()).isNull();
        assertThat(erased.results()).extracting(StageResult::stage).containsExactly(RECRUITER_SCREEN);
    }

    private InterviewLoop advanceThrough(InterviewStage... stages) {
        InterviewLoop current = loop;
        for (InterviewStage stage : stages) {
            current = current.decide(stage, Decision.ADVANCE, null, "alice", NOW).state();
        }
        return current;
    }
}
