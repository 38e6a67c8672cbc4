package io.headcount.webhook.delivery.model;

import java.time.Instant;

/**
 * One event on its way to one endpoint. {@code orderKey} (the event's subject: the candidate) and {@code sequence}
 * (arrival order) keep a candidate's deliveries to an endpoint in order: a later one waits while an earlier one is
 * still pending.
 *
 * @param body the CloudEvent in structured mode, exactly as POSTed (and signed)
 */
public record Delivery(String id, String teamId, String endpointId, String eventId, String eventType,
                       String orderKey, long sequence, String body, DeliveryStatus status, int attempts,
                       Instant nextAttemptAt, Instant firstFailureAt, Instant lastAttemptAt, Integer lastStatusCode,
                       Long lastLatencyMillis, String lastError, Instant createdAt, Instant deliveredAt,
                       boolean erased, long version) {

    public static Delivery of(String id, String teamId, String endpointId, String eventId, String eventType,
                              String orderKey, long sequence, String body, Instant now) {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body,
                DeliveryStatus.PENDING, 0, now, null, null, null, null, null, now, null, false, 0);
    }

    /** Taken by the instance that made it until {@code until}: sent at once, and by the retry scan only if that runs out. */
    public Delivery claimedUntil(Instant until) {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body, status, attempts,
                until, firstFailureAt, lastAttemptAt, lastStatusCode, lastLatencyMillis, lastError, createdAt,
                deliveredAt, erased, version);
    }

    /** The endpoint/candidate pair whose deliveries go out in order. */
    public Pair pair() {
        return new Pair(endpointId, orderKey);
    }

    /** An endpoint and a candidate (the order key): their deliveries go out one after another, in arrival order. */
    public record Pair(String endpointId, String orderKey) {
    }

    public Delivery succeeded(Instant at, int statusCode, long latencyMillis) {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body,
                DeliveryStatus.DELIVERED, attempts + 1, null, null, at, statusCode, latencyMillis, null, createdAt,
                at, erased, version);
    }

    /** A failed attempt: tried again later, or given up once failures have lasted the schedule's limit. */
    public Delivery failed(Instant at, Integer statusCode, Long latencyMillis, String error, RetrySchedule schedule,
                           double random) {
        int attempt = attempts + 1;
        Instant since = firstFailureAt == null ? at : firstFailureAt;
        boolean givenUp = schedule.givesUp(since, at);
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body,
                givenUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempt,
                givenUp ? null : schedule.nextAttempt(attempt, at, random), since, at, statusCode, latencyMillis,
                error, createdAt, null, erased, version);
    }

    /** Asked to be sent again (manual redelivery): pending now, with a fresh retry budget. */
    public Delivery redeliver(Instant now) {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, body,
                DeliveryStatus.PENDING, attempts, now, null, lastAttemptAt, lastStatusCode, lastLatencyMillis,
                lastError, createdAt, deliveredAt, erased, version);
    }

    /** The candidate was erased: from now on the body sent (and re-sent) is {@code withoutPersonalData}. */
    public Delivery erase(String withoutPersonalData) {
        return new Delivery(id, teamId, endpointId, eventId, eventType, orderKey, sequence, withoutPersonalData,
                status, attempts, nextAttemptAt, firstFailureAt, lastAttemptAt, lastStatusCode, lastLatencyMillis,
                lastError, createdAt, deliveredAt, true, version);
    }
}
