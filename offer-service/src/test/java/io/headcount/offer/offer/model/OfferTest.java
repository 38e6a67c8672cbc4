package io.headcount.offer.offer.model;

import io.headcount.events.Money;
import io.headcount.events.WorkMode;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferEvent;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.offer.OfferRescinded;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfferTest {

    /** A team whose rules let offers within the band skip approval: a draft is extended directly. */
    private static final java.util.List<ApprovalStep> NO_APPROVAL = java.util.List.of();

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    /** The date of the test's clock: every date below is relative to it, never a calendar date of its own. */
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC);
    private static final OfferTerms TERMS = new OfferTerms(new Compensation(new Money("150000.00", "USD"), "15",
            null, null, null, null), WorkMode.HYBRID, LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC).plusMonths(2),
            NOW.plus(Duration.ofDays(14)));

    private final Offer draft = Offer.draft("offer-1", "team-a", "cand-1", "req-1", TERMS, NOW).state();

    @Test
    void a_draft_can_be_extended_and_then_accepted() {
        Changed<Offer, OfferEvent> extended = draft.extend(NO_APPROVAL, NOW);
        Changed<Offer, OfferEvent> accepted = extended.state().accept(NOW.plusSeconds(60));

        assertThat(extended.events()).containsExactly(
                new OfferExtended("offer-1", "cand-1", "req-1", 1, TERMS.expiresAt()));
        assertThat(accepted.events()).containsExactly(new OfferAccepted("offer-1", "cand-1", "req-1", 1,
                TERMS.toEvent()));
        assertThat(accepted.state().status()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void an_offer_cannot_be_accepted_before_it_is_extended() {
        assertThatThrownBy(() -> draft.accept(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_expired_offer_cannot_be_accepted() {
        Offer extended = draft.extend(NO_APPROVAL, NOW).state();

        assertThatThrownBy(() -> extended.accept(TERMS.expiresAt().plusSeconds(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("expired");
    }

    @Test
    void an_offer_whose_expiry_has_passed_cannot_be_extended() {
        assertThatThrownBy(() -> draft.extend(NO_APPROVAL, TERMS.expiresAt()))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void an_extended_offer_expires_once_its_expiry_has_passed() {
        Offer extended = draft.extend(NO_APPROVAL, NOW).state();

        Changed<Offer, OfferEvent> tooEarly = extended.expire(TERMS.expiresAt().minusSeconds(1));
        Changed<Offer, OfferEvent> expired = extended.expire(TERMS.expiresAt());

        assertThat(tooEarly.isUnchanged()).isTrue();
        assertThat(expired.events()).containsExactly(new OfferExpired("offer-1", "cand-1", "req-1", 1));
        assertThat(expired.state().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(expired.state().expire(TERMS.expiresAt().plusSeconds(60)).isUnchanged()).isTrue();
        assertThat(draft.expire(TERMS.expiresAt().plusSeconds(60)).isUnchanged()).isTrue();
    }

    @Test
    void rescinding_is_idempotent_and_leaves_decided_offers_alone() {
        Changed<Offer, OfferEvent> rescinded = draft.rescind("budget");
        Offer accepted = draft.extend(NO_APPROVAL, NOW).state().accept(NOW).state();

        assertThat(rescinded.events()).containsExactly(new OfferRescinded("offer-1", "cand-1", "req-1", 1, "budget"));
        assertThat(rescinded.state().rescind("again").isUnchanged()).isTrue();
        assertThat(accepted.rescind("late").isUnchanged()).isTrue();
    }

    @Test
    void erasure_rescinds_an_open_offer_and_removes_the_terms_but_keeps_the_facts() {
        Changed<Offer, OfferEvent> erased = draft.extend(NO_APPROVAL, NOW).state().erase();

        assertThat(erased.state().isErased()).isTrue();
        assertThat(erased.state().status()).isEqualTo(OfferStatus.RESCINDED);
        assertThat(erased.state().currentVersion().number()).isEqualTo(1);
        assertThat(erased.events()).containsExactly(new OfferRescinded("offer-1", "cand-1", "req-1", 1,
                "candidate erased"));
        assertThat(erased.state().erase().isUnchanged()).isTrue();
    }

    @Test
    void erasure_keeps_a_decided_offer_decided() {
        Offer accepted = draft.extend(NO_APPROVAL, NOW).state().accept(NOW).state();

        Changed<Offer, OfferEvent> erased = accepted.erase();

        assertThat(erased.state().status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(erased.state().isErased()).isTrue();
        assertThat(erased.events()).isEmpty();
    }

    @Test
    void an_offer_of_an_erased_candidate_can_no_longer_be_extended_accepted_or_declined() {
        Offer erased = draft.erase().state();

        assertThatThrownBy(() -> erased.extend(NO_APPROVAL, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("erased");
        assertThatThrownBy(() -> erased.accept(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> erased.decline("no")).isInstanceOf(ConflictException.class);
        assertThat(erased.expire(NOW.plus(Duration.ofDays(400))).isUnchanged()).isTrue();
    }

    /** Start dates the rules refuse: absurd ones, and a day outside "a year ago to three years ahead" of NOW. */
    static java.util.stream.Stream<LocalDate> startDatesFarFromToday() {
        return java.util.stream.Stream.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1),
                LocalDate.of(0, 1, 1), TODAY.minusYears(1).minusDays(1), TODAY.plusYears(3).plusDays(1));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "startDate {0} is refused")
    @org.junit.jupiter.params.provider.MethodSource("startDatesFarFromToday")
    void a_start_date_far_from_today_is_refused(LocalDate startDate) {
        OfferTerms terms = new OfferTerms(TERMS.compensation(), WorkMode.HYBRID, startDate, TERMS.expiresAt());

        assertThatThrownBy(() -> Offer.draft("o", "t", "c", "r", terms, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    }

    /** Expiries the rules refuse: now, in the past, a year and a day ahead of NOW, and absurdly far. */
    static java.util.stream.Stream<Instant> expiriesOutOfRange() {
        return java.util.stream.Stream.of(NOW, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(366)),
                Instant.parse("+1000000-01-01T00:00:00Z"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "expiresAt {0} is refused")
    @org.junit.jupiter.params.provider.MethodSource("expiriesOutOfRange")
    void an_expiry_in_the_past_or_more_than_a_year_ahead_is_refused(Instant expiresAt) {
        OfferTerms terms = new OfferTerms(TERMS.compensation(), WorkMode.HYBRID, TERMS.startDate(), expiresAt);

        assertThatThrownBy(() -> Offer.draft("o", "t", "c", "r", terms, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("expiresAt"));
    }

    @Test
    void start_dates_from_a_year_ago_to_three_years_ahead_are_accepted() {
        for (LocalDate startDate : new LocalDate[]{TODAY.minusYears(1), TODAY, TODAY.plusYears(3)}) {
            OfferTerms terms = new OfferTerms(TERMS.compensation(), WorkMode.HYBRID, startDate, TERMS.expiresAt());
            assertThat(Offer.draft("o", "t", "c", "r", terms, NOW).state().status()).isEqualTo(OfferStatus.DRAFT);
        }
    }
}
