package io.headcount.interview.takehome.model;

import io.headcount.events.interview.TakeHomeExpired;
import io.headcount.events.interview.TakeHomeReviewed;
import io.headcount.events.interview.TakeHomeSubmitted;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TakeHomeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofHours(72));

    private final TakeHome assigned = TakeHome.assign("th-1", "team-a", "loop-1", "cand-1", "req-1",
            "technical-take-home", "exercises/order-book", List.of("ivan"), Duration.ofHours(72), NOW).state();

    @Test
    void assigned_is_due_after_the_stages_allowance() {
        assertThat(assigned.status()).isEqualTo(TakeHomeStatus.ASSIGNED);
        assertThat(assigned.deadline()).isEqualTo(DUE);
    }

    @Test
    void submitted_before_the_deadline_with_an_https_reference_then_reviewed_on_submitted_scorecards() {
        var submitted = assigned.submit("https://github.com/ada/order-book", NOW.plusSeconds(3600));
        assertThat(submitted.events()).containsExactly(new TakeHomeSubmitted("th-1", "loop-1", "cand-1", "req-1",
                NOW.plusSeconds(3600)));

        assertThatThrownBy(() -> submitted.state().review(List.of(), 1)).isInstanceOf(ConflictException.class);
        var reviewed = submitted.state().review(List.of("card-1"), 1);
        assertThat(reviewed.state().status()).isEqualTo(TakeHomeStatus.REVIEWED);
        assertThatThrownBy(() -> reviewed.state().submit("https://github.com/ada/again", NOW.plusSeconds(7200)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("take-home th-1 is REVIEWED; only a take-home that is ASSIGNED can be submitted");
        assertThat(reviewed.events()).containsExactly(new TakeHomeReviewed("th-1", "loop-1", "cand-1", "req-1",
                List.of("card-1")));
    }

    @Test
    void a_submission_is_an_https_url_and_comes_before_the_deadline() {
        assertThatThrownBy(() -> assigned.submit("git@github.com:ada/x.git", NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("submissionRef");
        assertThatThrownBy(() -> assigned.submit("https://github.com/ada/x", DUE.plusSeconds(1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void the_deadline_moves_later_with_a_reason_within_thirty_days() {
        var extended = assigned.extend(DUE.plus(Duration.ofDays(2)), "travelling", "alice", NOW);
        assertThat(extended.state().deadline()).isEqualTo(DUE.plus(Duration.ofDays(2)));
        assertThat(extended.state().extensions()).singleElement().extracting(DeadlineExtension::reason)
                .isEqualTo("travelling");

        assertThatThrownBy(() -> assigned.extend(DUE.minusSeconds(60), "earlier", "alice", NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("deadline");
        assertThatThrownBy(() -> assigned.extend(NOW.plus(Duration.ofDays(31)), "long", "alice", NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("deadline");
        assertThatThrownBy(() -> assigned.extend(DUE.plusSeconds(3600), " ", "alice", NOW))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("reason");
    }

    @Test
    void expiry_happens_once_and_only_after_the_deadline_without_a_submission() {
        assertThat(assigned.expire(DUE).isUnchanged()).isTrue();
        var expired = assigned.expire(DUE.plusSeconds(1));
        assertThat(expired.events()).containsExactly(new TakeHomeExpired("th-1", "loop-1", "cand-1", "req-1", DUE));
        assertThat(expired.state().expire(DUE.plusSeconds(60)).isUnchanged()).isTrue();
        TakeHome submitted = assigned.submit("https://github.com/ada/x", NOW).state();
        assertThat(submitted.expire(DUE.plusSeconds(60)).isUnchanged()).isTrue();
    }

    @Test
    void erasure_removes_the_submission_address_and_extension_reasons() {
        TakeHome erased = assigned.extend(DUE.plusSeconds(3600), "Ada is ill", "alice", NOW).state()
                .submit("https://github.com/ada-lovelace/x", NOW).state().erasePersonalData();

        assertThat(erased.submissionRef()).isNull();
        assertThat(erased.extensions()).extracting(DeadlineExtension::reason).containsOnlyNulls();
        assertThat(erased.status()).isEqualTo(TakeHomeStatus.SUBMITTED);
    }
}
