package io.headcount.interview.loop.events;

import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.Decision;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.loop.model.LoopStatus;
import io.headcount.interview.plan.model.DefaultPlan;
import io.headcount.interview.plan.model.PlanStage;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** What each event does to the candidacy's loop: the loop rules themselves are InterviewLoopTest's. */
class LoopEventConsumerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final List<PlanStage> GUIDE = DefaultPlan.stages(code -> "q-" + code);
    private static final Candidacy CANDIDACY = new Candidacy("team-b", "cand-1", "req-1");

    private final LoopService loops = mock(LoopService.class);
    private final LoopEventConsumer consumer = new LoopEventConsumer(loops);

    @Test
    void a_sourced_candidate_gets_a_loop_for_the_candidacy_in_the_events_team() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateSourced("cand-1", "req-1", SourceChannel.REFERRAL,
                "Ada Lovelace", "ada@example.com", List.of()));

        verify(loops).open(CANDIDACY, "Ada Lovelace");
    }

    @Test
    void a_withdrawal_closes_the_candidacys_loop() {
        Scenario.given(consumer).inTeam("team-b").when(new CandidateWithdrawn("cand-1", "req-1", "took another"));

        assertThat(changeAppliedTo(open()).status()).isEqualTo(LoopStatus.CLOSED);
    }

    @Test
    void an_accepted_offer_marks_the_completed_loop_hired() {
        Scenario.given(consumer).inTeam("team-b").when(new OfferAccepted("offer-1", "cand-1", "req-1", 1, null));

        assertThat(changeAppliedTo(completed()).status()).isEqualTo(LoopStatus.HIRED);
        assertThat(changeAppliedTo(open()).status()).as("an open loop is not hired").isEqualTo(LoopStatus.OPEN);
    }

    @Test
    void a_closed_requisition_closes_its_open_loops_and_erasure_erases_the_candidates_loops() {
        Scenario.given(consumer).inTeam("team-b")
                .when(new RequisitionClosed("req-1", "FILLED"))
                .when(new CandidateErased("cand-1"));

        verify(loops).closeOpenLoopsOf("team-b", "req-1");
        verify(loops).erase("team-b", "cand-1");
    }

    @SuppressWarnings("unchecked")
    private InterviewLoop changeAppliedTo(InterviewLoop loop) {
        ArgumentCaptor<UnaryOperator<InterviewLoop>> change = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(loops, org.mockito.Mockito.atLeastOnce()).change(eq(CANDIDACY), change.capture());
        return change.getValue().apply(loop);
    }

    private static InterviewLoop open() {
        return InterviewLoop.open("loop-1", CANDIDACY, "Ada", 1, GUIDE, NOW);
    }

    private static InterviewLoop completed() {
        InterviewLoop loop = open();
        for (PlanStage stage : GUIDE) {
            loop = loop.decide(stage.key(), Decision.ADVANCE, null, "hank",
                    stage.minScorecards() == 0 ? List.of() : List.of("card-" + stage.key()), NOW).state();
        }
        assertThat(loop.status()).isEqualTo(LoopStatus.COMPLETED);
        return loop;
    }
}
