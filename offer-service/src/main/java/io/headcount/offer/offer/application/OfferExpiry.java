package io.headcount.offer.offer.application;

import io.headcount.plumbing.domain.Sweeps;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Expires extended offers whose expiry has passed (OfferExpired). Safe with several instances: each expiry is an
 * optimistic update, so an offer expires once however many sweepers see it.
 */
@Component
public class OfferExpiry {

    private static final int BATCH = 100;

    private final OfferRepository offers;
    private final Clock clock;

    public OfferExpiry(OfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${headcount.offers.expiry-sweep-ms:60000}",
            initialDelayString = "${headcount.offers.expiry-sweep-ms:60000}")
    public void sweep() {
        sweepAsOf(clock.instant());
    }

    /** Expires what is due at {@code now}; tests pass a time instead of waiting for it. */
    public void sweepAsOf(Instant now) {
        Sweeps.drain(BATCH, limit -> offers.findExtendedExpiringBefore(now, limit),
                offer -> expire(offer.id(), offer.teamId(), now));
    }

    private void expire(String id, String teamId, Instant now) {
        offers.applyToLatest(id, teamId, offer -> offer.expire(now));
    }
}
