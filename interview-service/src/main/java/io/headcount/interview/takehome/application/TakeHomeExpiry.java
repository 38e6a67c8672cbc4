package io.headcount.interview.takehome.application;

import io.headcount.plumbing.domain.Sweeps;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Expires take-homes whose deadline passed without a submission (TakeHomeExpired). Safe with several instances:
 * each expiry is an optimistic update of the take-home, so it expires once however many sweepers see it.
 */
@Component
public class TakeHomeExpiry {

    private static final int BATCH = 100;

    private final TakeHomeRepository takeHomes;
    private final TakeHomeService service;
    private final Clock clock;

    public TakeHomeExpiry(TakeHomeRepository takeHomes, TakeHomeService service, Clock clock) {
        this.takeHomes = takeHomes;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${headcount.take-homes.expiry-sweep-ms:60000}",
            initialDelayString = "${headcount.take-homes.expiry-sweep-ms:60000}")
    public void sweep() {
        sweepAsOf(clock.instant());
    }

    /** Expires what is due at {@code now}; tests pass a time instead of waiting for it. */
    public void sweepAsOf(Instant now) {
        Sweeps.drain(BATCH, limit -> takeHomes.overdue(now, limit), takeHome -> service.expire(takeHome, now));
    }
}
