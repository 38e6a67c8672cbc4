package io.headcount.plumbing.domain;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnLatestTest {

    @Test
    void an_action_that_lost_the_race_is_read_and_applied_again() {
        AtomicInteger attempts = new AtomicInteger();

        String result = OnLatest.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new StaleVersionException("offer", "o-1"); // someone else's change won the lock
            }
            return "applied to version " + attempts.get();
        });

        assertThat(result).isEqualTo("applied to version 3");
    }

    @Test
    void an_action_that_keeps_losing_gives_up_after_a_bounded_number_of_tries() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnLatest.retry(() -> {
            attempts.incrementAndGet();
            throw new StaleVersionException("offer", "o-1");
        })).isInstanceOf(StaleVersionException.class);
        assertThat(attempts).hasValue(OnLatest.ATTEMPTS);
    }

    @Test
    void other_failures_are_not_retried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnLatest.retry(() -> {
            attempts.incrementAndGet();
            throw new ConflictException("offer o-1 is ACCEPTED");
        })).isInstanceOf(ConflictException.class);
        assertThat(attempts).hasValue(1);
    }
}
