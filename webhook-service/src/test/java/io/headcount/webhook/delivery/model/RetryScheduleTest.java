package io.headcount.webhook.delivery.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24));
    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void waits_double_per_failure_within_twenty_percent_jitter_up_to_the_maximum() {
        assertThat(schedule.nextAttempt(1, now, 0.5)).isEqualTo(now.plusSeconds(10));
        assertThat(schedule.nextAttempt(2, now, 0.5)).isEqualTo(now.plusSeconds(20));
        assertThat(schedule.nextAttempt(4, now, 0.0)).isEqualTo(now.plusSeconds(64));
        assertThat(schedule.nextAttempt(4, now, 0.999)).isBefore(now.plusSeconds(96));
        assertThat(schedule.nextAttempt(20, now, 0.5)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(schedule.nextAttempt(200, now, 0.5)).isEqualTo(now.plus(Duration.ofHours(1)));
    }

    @Test
    void a_delivery_failing_for_a_day_is_given_up_and_one_failing_for_less_is_retried() {
        Delivery pending = Delivery.of("d1", "team-a", "ep1", "e1", "t", "c1", 1, "{}", now);

        Delivery firstFailure = pending.failed(now, 503, 12L, null, schedule, 0.5);
        Delivery almostADay = firstFailure.failed(now.plus(Duration.ofHours(23)), 503, 12L, null, schedule, 0.5);
        Delivery aDay = almostADay.failed(now.plus(Duration.ofHours(24)), null, 2000L, "timeout", schedule, 0.5);

        assertThat(firstFailure.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(firstFailure.nextAttemptAt()).isEqualTo(now.plusSeconds(10));
        assertThat(almostADay.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(aDay.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(aDay.attempts()).isEqualTo(3);
        assertThat(aDay.redeliver(now.plus(Duration.ofDays(2))).status()).isEqualTo(DeliveryStatus.PENDING);
    }
}
