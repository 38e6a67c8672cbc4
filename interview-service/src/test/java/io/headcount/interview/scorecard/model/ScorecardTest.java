package io.headcount.interview.scorecard.model;

import io.headcount.events.Recommendation;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardTest {

    private static final Instant NOW = Instant.parse("2026-12-01T11:05:00Z");
    private static final Assessment LIVE = new Assessment("int-1", "team-a", "loop-1", "cand-1", "req-1",
            "technical-live", List.of("ivan"), List.of("problem solving", "code quality"));
    private static final ScorecardContent COMPLETE = new ScorecardContent(List.of(new Rating("problem solving", 3),
            new Rating("code quality", 4)), List.of(new QuestionNote("q-1", "knew tail calls")), Recommendation.YES,
            "Ada explained her trade-offs");

    @Test
    void a_draft_may_be_incomplete_but_a_submitted_scorecard_rates_every_attribute_and_recommends() {
        ScorecardContent partial = new ScorecardContent(List.of(new Rating("problem solving", 3)), List.of(), null,
                null);
        Scorecard draft = Scorecard.start("card-1", LIVE, "ivan", partial, false, NOW).state();

        assertThatThrownBy(() -> draft.submit(NOW)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("code quality");
    }

    @Test
    void submitting_publishes_ratings_and_recommendation_but_never_the_notes() {
        var submitted = Scorecard.start("card-1", LIVE, "ivan", COMPLETE, true, NOW);

        assertThat(submitted.events()).containsExactly(new ScorecardSubmitted("card-1", "int-1", "loop-1", "req-1",
                "cand-1", "ivan", Recommendation.YES, List.of(new ScorecardSubmitted.CompetencyRating(
                "problem solving", 3), new ScorecardSubmitted.CompetencyRating("code quality", 4)),
                "technical-live"));
        assertThat(submitted.events().toString()).doesNotContain("trade-offs", "tail calls");
    }

    @Test
    void ratings_are_one_to_four_for_the_stages_attributes_only() {
        assertThatThrownBy(() -> Scorecard.start("c", LIVE, "ivan", new ScorecardContent(List.of(
                new Rating("problem solving", 5)), List.of(), null, null), false, NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("ratings[0].rating");
        assertThatThrownBy(() -> Scorecard.start("c", LIVE, "ivan", new ScorecardContent(List.of(
                new Rating("charisma", 2)), List.of(), null, null), false, NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("ratings[0].attribute");
    }

    @Test
    void a_submitted_scorecard_is_amended_only_with_a_reason_which_is_recorded() {
        Scorecard submitted = Scorecard.start("card-1", LIVE, "ivan", COMPLETE, true, NOW).state();

        assertThatThrownBy(() -> submitted.submit(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submitted.revise(COMPLETE, null, NOW)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("amendReason");
        var amended = submitted.revise(COMPLETE, "mixed up two attributes", NOW.plusSeconds(60));
        assertThat(amended.state().amendments()).extracting(Amendment::reason).containsExactly(
                "mixed up two attributes");
        assertThat(amended.events()).hasSize(1);
    }

    @Test
    void erasure_removes_every_note_and_keeps_the_ratings() {
        Scorecard erased = Scorecard.start("card-1", LIVE, "ivan", COMPLETE, true, NOW).state()
                .revise(COMPLETE, "Ada asked me to", NOW).state().erasePersonalData();

        assertThat(erased.content().notes()).isNull();
        assertThat(erased.content().questionNotes()).isEmpty();
        assertThat(erased.amendments()).extracting(Amendment::reason).containsOnlyNulls();
        assertThat(erased.content().ratings()).hasSize(2);
    }
}
