package io.headcount.insights.funnel.events;

import io.headcount.events.InterviewStage;
import io.headcount.events.Recommendation;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferExtended;
import io.headcount.insights.funnel.application.FactStore;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Which fact each event records: at the event's own time (ce_time), in its team. The funnel rules are FunnelReportTest's. */
class FunnelEventConsumerTest {

    private static final Instant SOURCED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-10-03T15:30:00Z");

    private final FactStore facts = mock(FactStore.class);
    private final FunnelEventConsumer consumer = new FunnelEventConsumer(facts);

    @Test
    void a_sourced_candidate_records_the_channel_and_the_time_the_event_happened_not_when_it_was_read() {
        Scenario.given(consumer).inTeam("team-b").at(SOURCED).when(new CandidateSourced("cand-1", "req-1",
                SourceChannel.REFERRAL, "Ada", null, List.of()));

        verify(facts).recordSourceChannel("team-b", "req-1", "cand-1", "REFERRAL");
        verify(facts).recordEarliest("team-b", "req-1", "cand-1", "sourcedAt", SOURCED);
    }

    @Test
    void stage_results_are_recorded_under_the_plans_stage_key_or_the_kind_for_events_without_one() {
        Scenario.given(consumer).at(LATER)
                .when(new ScreenPassed("loop-1", "cand-1", "req-1", InterviewStage.TECHNICAL, "technical-live"))
                .when(new ScreenPassed("loop-1", "cand-1", "req-1", InterviewStage.HIRING_MANAGER_SCREEN, null))
                .when(new ScreenFailed("loop-1", "cand-1", "req-1", InterviewStage.TECHNICAL, "no", "take.home$2"));

        verify(facts).recordEarliest("team-a", "req-1", "cand-1", "stagesPassed.technical-live", LATER);
        verify(facts).recordEarliest("team-a", "req-1", "cand-1", "stagesPassed.hiring-manager-screen", LATER);
        verify(facts).recordEarliest("team-a", "req-1", "cand-1", "stagesFailed.take_home_2", LATER);
    }

    @Test
    void offers_scorecards_and_requisitions_record_their_facts_and_erasure_forgets_the_candidate() {
        Scenario.given(consumer).at(LATER)
                .when(new RequisitionOpened("req-1", "Backend Engineer", "L4", "Austin, US", WorkMode.HYBRID,
                        List.of("java"), "hank", 2))
                .when(new OfferExtended("offer-1", "cand-1", "req-1", 1, LATER.plusSeconds(86_400)))
                .when(new OfferDeclined("offer-1", "cand-1", "req-1", 1, "counter-offer"))
                .when(new ScorecardSubmitted("card-1", "int-1", "loop-1", "req-1", "cand-1", "ivan",
                        Recommendation.YES, List.of(), "technical-live"))
                .when(new CandidateErased("cand-1"));

        verify(facts).recordRequisition("team-a", "req-1", "Backend Engineer");
        verify(facts).recordEarliest("team-a", "req-1", "cand-1", "offerExtendedAt", LATER);
        verify(facts).recordEarliest("team-a", "req-1", "cand-1", "offerDeclinedAt", LATER);
        verify(facts).recordRecommendation("team-a", "req-1", "card-1", "YES", LATER);
        verify(facts).erase("cand-1");
    }
}
