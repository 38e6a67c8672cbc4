package io.headcount.insights.funnel.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelReportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private static Instant hours(int h) {
        return T0.plus(Duration.ofHours(h));
    }

    private static CandidacyFacts sourced(String channel) {
        return new CandidacyFacts("team-a", "req-1", channel, T0, Map.of(), Map.of(), null, null, null, null, null,
                null);
    }

    /** hired: screen after 10 h, HM screen after 30 h, technical after 80 h, offer out at 90 h, accepted at 100 h */
    private static CandidacyFacts hired(String channel) {
        return new CandidacyFacts("team-a", "req-1", channel, T0, Map.of("recruiter-screen", hours(10),
                "hiring-manager-screen", hours(30), "technical-live", hours(80)), Map.of(), hours(80), hours(90),
                hours(100), null, null, null);
    }

    private static CandidacyFacts failedTechnical() {
        return new CandidacyFacts("team-a", "req-1", "LINKEDIN", T0, Map.of("recruiter-screen", hours(20),
                "hiring-manager-screen", hours(40)), Map.of("technical-live", hours(60)), null, null, null, null,
                null, null);
    }

    private static CandidacyFacts declined() {
        return new CandidacyFacts("team-a", "req-1", "JOB_BOARD", T0, Map.of("recruiter-screen", hours(5),
                "hiring-manager-screen", hours(6), "technical-live", hours(7)), Map.of(), hours(7), hours(8), null,
                hours(9), null, null);
    }

    private final FunnelReport report = FunnelReport.of(List.of(hired("REFERRAL"), hired("LINKEDIN"),
            failedTechnical(), declined(), sourced("LINKEDIN")), Map.of("YES", 3, "STRONG_NO", 1));

    @Test
    void the_steps_are_the_plans_stages_in_order_then_the_offer_with_who_reached_passed_and_is_in_them() {
        assertThat(report.steps()).extracting(FunnelReport.Step::name)
                .containsExactly("recruiter-screen", "hiring-manager-screen", "technical-live", "offer");
        assertThat(report.steps()).extracting(FunnelReport.Step::reached).containsExactly(5, 4, 4, 3);
        assertThat(report.steps()).extracting(FunnelReport.Step::passed).containsExactly(4, 4, 3, 2);
        assertThat(report.steps()).extracting(FunnelReport.Step::inStage).containsExactly(1, 0, 0, 0);
        assertThat(report.steps().get(2).passThrough()).isEqualTo(new FunnelReport.Rate(3, 4));
        assertThat(report.steps().get(3).passThrough().value()).isEqualTo(2 / 3.0);
    }

    @Test
    void time_in_stage_and_time_to_hire_are_medians_and_ninetieth_percentiles_in_hours() {
        FunnelReport.Durations screen = report.steps().get(0).timeInStage();

        assertThat(screen.count()).isEqualTo(4); // the one still waiting has not left it
        assertThat(screen.medianHours()).isEqualTo(10.0); // 5, 10, 10, 20
        assertThat(screen.p90Hours()).isEqualTo(20.0);
        assertThat(report.steps().get(3).timeInStage().medianHours()).isEqualTo(20.0); // offer: 2, 20, 20 h
    }

    @Test
    void hires_come_with_their_source_and_offers_with_an_acceptance_rate() {
        assertThat(report.hired()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.timeToHire().medianHours()).isEqualTo(100.0);
        assertThat(report.sourceOfHire()).containsExactlyInAnyOrderEntriesOf(Map.of("REFERRAL", 1, "LINKEDIN", 1));
        assertThat(report.sourced()).containsEntry("LINKEDIN", 3);
        assertThat(report.offerAcceptance()).isEqualTo(new FunnelReport.Rate(2, 3));
        assertThat(report.recommendations()).containsEntry("YES", 3).containsEntry("STRONG_NO", 1);
    }

    @Test
    void facts_in_any_order_give_the_same_report() {
        FunnelReport reversed = FunnelReport.of(List.of(sourced("LINKEDIN"), declined(), failedTechnical(),
                hired("LINKEDIN"), hired("REFERRAL")), Map.of("STRONG_NO", 1, "YES", 3));

        assertThat(reversed).isEqualTo(report);
    }
}
