package io.headcount.offer.offer.model;

import io.headcount.events.Money;
import io.headcount.events.WorkMode;
import io.headcount.events.offer.OfferApprovalRejected;
import io.headcount.events.offer.OfferApprovalRequested;
import io.headcount.events.offer.OfferApproved;
import io.headcount.events.offer.OfferRevised;
import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.BandFigures;
import io.headcount.offer.payband.model.BandKey;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.identity.ForbiddenException;
import io.headcount.plumbing.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    /** Start dates follow the test's clock (NOW), never a calendar literal. */
    private static final LocalDate START = LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC).plusMonths(2);
    private static final LocalDate LATER_START = START.plusMonths(1);
    private static final PayBand BAND = PayBand.create("band", "team-a", new BandKey("L5", "US", "USD"),
            new BandFigures(new BigDecimal("140000.00"), new BigDecimal("155000.00"), new BigDecimal("170000.00"),
                    null, 8000L, new BigDecimal("25000.00"), "test"), "tess", NOW);
    private static final ApprovalRules STRICT = new ApprovalRules(true, 1);
    private static final ApprovalRules RELAXED = new ApprovalRules(false, 1);

    @ParameterizedTest(name = "base {0}, equity {1}, sign-on {2}, band {3}, approval within band {4} → {5}")
    @CsvSource({
            "155000.00, 4000,  10000.00, true,  true,  APPROVER",
            "155000.00, 4000,  10000.00, true,  false, ''",
            "170000.00, 8000,  25000.00, true,  true,  APPROVER",
            "170000.01, 4000,  10000.00, true,  false, APPROVER TEAM_ADMIN",
            "155000.00, 8001,  10000.00, true,  true,  APPROVER TEAM_ADMIN",
            "155000.00, 4000,  25000.01, true,  true,  APPROVER TEAM_ADMIN",
            "155000.00, 4000,  10000.00, false, false, APPROVER TEAM_ADMIN"})
    void the_chain_follows_the_band_and_the_team_rules(String base, long equity, String signOn, boolean hasBand,
                                                      boolean approvalWithinBand, String roles) {
        List<ApprovalStep> chain = ApprovalChain.compute(compensation(base, equity, signOn),
                hasBand ? Optional.of(BAND) : Optional.empty(), new ApprovalRules(approvalWithinBand, 1));

        assertThat(chain).extracting(step -> step.role().name()).containsExactlyElementsOf(
                roles.isBlank() ? List.of() : List.of(roles.split(" ")));
    }

    @Test
    void an_offer_above_the_band_is_approved_by_an_approver_then_a_team_admin_in_that_order() {
        Offer submitted = submitted("180000.00");

        assertThat(submitted.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> submitted.approve("tess", Set.of(Role.TEAM_ADMIN), NOW))
                .isInstanceOf(ForbiddenException.class).hasMessageEndingWith("needs the APPROVER role");
        var first = submitted.approve("aria", Set.of(Role.APPROVER), NOW);
        assertThat(first.events()).singleElement().isInstanceOf(OfferApprovalRequested.class)
                .extracting(e -> ((OfferApprovalRequested) e).approverRole()).isEqualTo("TEAM_ADMIN");
        assertThatThrownBy(() -> first.state().approve("aria", Set.of(Role.APPROVER, Role.TEAM_ADMIN), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already");
        var last = first.state().approve("tess", Set.of(Role.TEAM_ADMIN), NOW);
        assertThat(last.state().status()).isEqualTo(OfferStatus.APPROVED);
        assertThat(last.events()).containsExactly(new OfferApproved("offer-1", "cand-1", "req-1", 1, "tess"));
        assertThat(last.state().extend(List.of(), NOW).state().status()).isEqualTo(OfferStatus.EXTENDED);
    }

    @Test
    void the_requester_never_approves_their_own_offer_and_a_draft_needing_approval_is_not_extended() {
        Offer submitted = submitted("150000.00");

        assertThatThrownBy(() -> submitted.approve("alice", Set.of(Role.APPROVER), NOW))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("someone else");
        Offer draft = draft("150000.00");
        List<ApprovalStep> chain = ApprovalChain.compute(draft.currentVersion().terms().compensation(),
                Optional.of(BAND), STRICT);
        assertThatThrownBy(() -> draft.extend(chain, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("approval");
        assertThat(draft.extend(ApprovalChain.compute(draft.currentVersion().terms().compensation(),
                Optional.of(BAND), RELAXED), NOW).state().status()).isEqualTo(OfferStatus.EXTENDED);
    }

    @Test
    void a_rejection_makes_the_offer_a_draft_again() {
        var rejected = submitted("150000.00").reject("aria", Set.of(Role.APPROVER), "too early", NOW);

        assertThat(rejected.state().status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(rejected.events()).containsExactly(new OfferApprovalRejected("offer-1", "cand-1", "req-1", 1,
                "APPROVER", "aria"));
    }

    @Test
    void a_revision_adds_a_version_and_a_change_to_money_resets_the_approvals() {
        Offer approved = submitted("150000.00").approve("aria", Set.of(Role.APPROVER), NOW).state();

        var newDate = approved.revise(terms("150000.00", LATER_START), NOW);
        assertThat(newDate.state().status()).isEqualTo(OfferStatus.APPROVED);
        assertThat(newDate.state().currentVersion().number()).isEqualTo(2);
        assertThat(newDate.events()).containsExactly(new OfferRevised("offer-1", "cand-1", "req-1", 2,
                List.of("startDate"), false), new io.headcount.events.offer.OfferDrafted("offer-1", "cand-1", "req-1",
                2, new io.headcount.events.Money("150000.00", "USD"), LATER_START,
                terms("150000.00", LATER_START).toEvent()));

        var raise = newDate.state().revise(terms("160000.00", LATER_START), NOW);
        assertThat(raise.state().status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(raise.state().approvals()).isEmpty();
        assertThat(TermsDiff.between(raise.state().versionNumber(1).orElseThrow().terms(),
                raise.state().versionNumber(3).orElseThrow().terms())).containsExactly(
                new TermsDiff.Change("compensation.baseSalary.amount", "150000.00", "160000.00"),
                new TermsDiff.Change("startDate", START.toString(), LATER_START.toString()));
    }

    @Test
    void the_accepted_revision_publishes_its_own_full_terms_for_payroll() {
        Offer revised = draft("150000.00").revise(terms("165000.00", LATER_START), NOW).state();
        Offer extended = revised.extend(List.of(), NOW).state();

        var accepted = (io.headcount.events.offer.OfferAccepted) extended.accept(NOW).events().get(0);

        assertThat(accepted.offerVersion()).isEqualTo(2);
        assertThat(accepted.acceptedTerms().baseSalary()).isEqualTo(new io.headcount.events.Money("165000.00",
                "USD"));
        assertThat(accepted.acceptedTerms().startDate()).isEqualTo(LATER_START);
        assertThat(accepted.acceptedTerms()).isEqualTo(revised.currentVersion().terms().toEvent());
    }

    @Test
    void an_extended_offer_is_not_revised() {
        Offer extended = draft("150000.00").extend(List.of(), NOW).state();

        assertThatThrownBy(() -> extended.revise(terms("160000.00", START), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("rescind");
    }

    private static Offer draft(String base) {
        return Offer.draft("offer-1", "team-a", "cand-1", "req-1", terms(base, START), NOW)
                .state();
    }

    private static Offer submitted(String base) {
        Offer draft = draft(base);
        return draft.submit(ApprovalChain.compute(draft.currentVersion().terms().compensation(), Optional.of(BAND),
                STRICT), "alice", NOW).state();
    }

    private static OfferTerms terms(String base, LocalDate start) {
        return new OfferTerms(compensation(base, 4000, "10000.00"), WorkMode.HYBRID, start, null);
    }

    private static Compensation compensation(String base, long equity, String signOn) {
        return new Compensation(new Money(base, "USD"), "15", new Compensation.Equity("RSU", equity, 48, 12),
                new Money(signOn, "USD"), null, null);
    }
}
