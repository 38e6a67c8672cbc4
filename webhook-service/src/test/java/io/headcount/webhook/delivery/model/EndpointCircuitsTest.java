package io.headcount.webhook.delivery.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointCircuitsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private final EndpointCircuits circuits = new EndpointCircuits(3, Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(5));

    @Test
    void fewer_failures_in_a_row_than_the_threshold_leave_it_closed_and_a_success_resets_the_count() {
        circuits.failed("ep", T0);
        circuits.failed("ep", T0);
        circuits.succeeded("ep");
        circuits.failed("ep", T0);
        circuits.failed("ep", T0);

        assertThat(circuits.blocked("ep", T0)).isEmpty();
        assertThat(circuits.isOpen("ep")).isFalse();
    }

    @Test
    void the_threshold_opens_it_for_the_first_interval_and_other_endpoints_are_not_affected() {
        assertThat(circuits.failed("ep", T0)).isFalse();
        assertThat(circuits.failed("ep", T0)).isFalse();
        assertThat(circuits.failed("ep", T0)).isTrue();

        assertThat(circuits.blocked("ep", T0.plusSeconds(9))).contains(T0.plusSeconds(10));
        assertThat(circuits.blocked("other", T0)).isEmpty();
    }

    @Test
    void once_open_time_ends_one_probe_goes_out_and_the_rest_wait_for_its_answer() {
        open();

        assertThat(circuits.blocked("ep", T0.plusSeconds(10))).as("the probe").isEmpty();
        assertThat(circuits.blocked("ep", T0.plusSeconds(11))).as("while the probe is out")
                .contains(T0.plusSeconds(15));
        assertThat(circuits.blocked("ep", T0.plusSeconds(15))).as("a probe that never answered: another one")
                .isEmpty();
    }

    @Test
    void a_failed_probe_opens_it_again_for_twice_as_long_up_to_the_longest_interval() {
        open();
        circuits.blocked("ep", T0.plusSeconds(10));
        assertThat(circuits.failed("ep", T0.plusSeconds(10))).isTrue();
        assertThat(circuits.blocked("ep", T0.plusSeconds(29))).contains(T0.plusSeconds(30));

        circuits.blocked("ep", T0.plusSeconds(30));
        circuits.failed("ep", T0.plusSeconds(30));
        assertThat(circuits.blocked("ep", T0.plusSeconds(31))).as("capped at 30 s").contains(T0.plusSeconds(60));
    }

    @Test
    void a_successful_probe_closes_it() {
        open();
        circuits.blocked("ep", T0.plusSeconds(10));
        circuits.succeeded("ep");

        assertThat(circuits.isOpen("ep")).isFalse();
        assertThat(circuits.blocked("ep", T0.plusSeconds(10))).isEmpty();
        assertThat(circuits.blocked("ep", T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void attempts_already_under_way_that_fail_while_it_is_open_do_not_extend_it() {
        open();
        assertThat(circuits.failed("ep", T0.plusSeconds(1))).isFalse();
        assertThat(circuits.blocked("ep", T0.plusSeconds(10))).isEmpty();
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            circuits.failed("ep", T0);
        }
    }
}
