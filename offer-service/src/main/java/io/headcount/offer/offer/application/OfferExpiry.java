package io.headcount.offer.offer.application;

import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.domain.OnLatest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

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
        List<Offer> due;
        do {
            due = offers.findExtendedExpiringBefore(clock.instant(), BATCH);
            due.forEach(offer -> expire(offer.id(), offer.teamId()));
        } while (due.size() == BATCH);
    }

    private void expire(String id, String teamId) {
        OnLatest.retry(() -> {
            Offer offer = offers.find(id, List.of(teamId)).orElseThrow();
            offers.save(offer, offer.expire(clock.instant()));
            return null;
        });
    }
}
