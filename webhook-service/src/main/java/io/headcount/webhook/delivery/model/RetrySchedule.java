package io.headcount.webhook.delivery.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off with jitter: the n-th failure waits {@code first × 2^(n-1)}, at most {@code max}, times a
 * random factor in [0.8, 1.2) so endpoints that failed together are not retried together; a delivery is given up
 * once its failures have lasted {@code giveUpAfter} (24 h by default: about 30 attempts with the defaults).
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

    public Instant nextAttempt(int failures, Instant now, double random) {
        long base = first.toMillis() << Math.min(failures - 1, 30);
        long capped = Math.min(base <= 0 ? Long.MAX_VALUE : base, max.toMillis());
        return now.plusMillis(Math.round(capped * (0.8 + 0.4 * random)));
    }

    public boolean givesUp(Instant failingSince, Instant now) {
        return !now.isBefore(failingSince.plus(giveUpAfter));
    }
}
