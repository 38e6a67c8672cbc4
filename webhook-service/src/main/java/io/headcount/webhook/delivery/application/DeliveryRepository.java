package io.headcount.webhook.delivery.application;

import io.headcount.webhook.delivery.model.Delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DeliveryRepository {

    /** False when the endpoint has a delivery of that event already (a redelivered or replayed event). */
    boolean insertIfAbsent(Delivery delivery);

    Optional<Delivery> find(String id, Collection<String> teamIds);

    /** Newest first, after {@code beforeId} (exclusive) when given. */
    List<Delivery> page(String endpointId, String beforeId, int limit);

    /** Pending deliveries whose next attempt is due, in arrival order. */
    List<Delivery> due(Instant now, int limit);

    /**
     * Pending deliveries that are not due yet (in back-off, parked or claimed): per endpoint/candidate pair, the
     * earliest one's sequence.
     */
    java.util.Map<Delivery.Pair, Long> earliestWaitingByPair(Instant now);

    /** Takes the delivery for one attempt (its next attempt moved to {@code until}); the claimed copy, or empty. */
    Optional<Delivery> claim(Delivery delivery, Instant until);

    /** Makes the delivery due now (for the retry scan), if its stored version is still the one given. */
    void release(Delivery delivery, Instant now);

    /** Stores {@code delivery} if its stored version is still {@code expectedVersion}. */
    boolean save(Delivery delivery, long expectedVersion);

    List<Delivery> ofOrderKey(String orderKey);

    /** Removes every delivery of the endpoint (it was deleted); how many. */
    long deleteOfEndpoint(String endpointId);

    /** Sets every delivery of the endpoint created in [from, to) pending again, due now; how many. */
    long redeliverRange(String endpointId, Instant from, Instant to, Instant now);
}
