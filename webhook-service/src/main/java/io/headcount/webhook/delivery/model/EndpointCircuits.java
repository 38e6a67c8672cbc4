package io.headcount.webhook.delivery.model;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A circuit breaker per endpoint, in this replica. Each candidate's deliveries retry on their own schedule, so a
 * target that is down would otherwise be called once per waiting candidate and round. After {@code threshold}
 * failed attempts in a row the endpoint's circuit opens: no attempt is made until its open time ends (the first
 * retry interval, doubling on each failed probe up to the longest one); then one probe goes out (half-open): a 2xx
 * closes the circuit, a failure opens it again. Waiting behind an open circuit is not an attempt: it neither counts
 * as a failure of the delivery nor moves the endpoint towards being switched off; the probes do that.
 */
public final class EndpointCircuits {

    private final int threshold;
    private final Duration firstOpen;
    private final Duration longestOpen;
    private final Duration probeLease;
    private final Map<String, State> states = new HashMap<>();

    /** {@code probeLease}: how long one probe holds the half-open circuit before another may go (it may never answer). */
    public EndpointCircuits(int threshold, Duration firstOpen, Duration longestOpen, Duration probeLease) {
        this.threshold = threshold;
        this.firstOpen = firstOpen;
        this.longestOpen = longestOpen;
        this.probeLease = probeLease;
    }

    private record State(int failuresInARow, Instant openUntil, Duration openFor, Instant probeUntil) {
        boolean open() {
            return openUntil != null;
        }
    }

    /**
     * Empty when an attempt may go to the endpoint now (closed, or this is the half-open circuit's probe); otherwise
     * the instant before which nothing should be tried.
     */
    public synchronized Optional<Instant> blocked(String endpointId, Instant now) {
        State state = states.get(endpointId);
        if (state == null || !state.open()) {
            return Optional.empty();
        }
        if (now.isBefore(state.openUntil())) {
            return Optional.of(state.openUntil());
        }
        if (state.probeUntil() != null && now.isBefore(state.probeUntil())) {
            return Optional.of(state.probeUntil()); // the probe is out
        }
        states.put(endpointId, new State(state.failuresInARow(), state.openUntil(), state.openFor(),
                now.plus(probeLease)));
        return Optional.empty();
    }

    public synchronized void succeeded(String endpointId) {
        states.remove(endpointId);
    }

    /** Records a failed attempt; true when it opened the circuit (or opened it again after a failed probe). */
    public synchronized boolean failed(String endpointId, Instant now) {
        State state = states.getOrDefault(endpointId, new State(0, null, null, null));
        int failures = state.failuresInARow() + 1;
        if (state.open() && state.probeUntil() != null) {
            Duration next = state.openFor().multipliedBy(2).compareTo(longestOpen) > 0 ? longestOpen
                    : state.openFor().multipliedBy(2);
            states.put(endpointId, new State(failures, now.plus(next), next, null));
            return true;
        }
        if (!state.open() && failures >= threshold) {
            states.put(endpointId, new State(failures, now.plus(firstOpen), firstOpen, null));
            return true;
        }
        states.put(endpointId, new State(failures, state.openUntil(), state.openFor(), state.probeUntil()));
        return false;
    }

    public synchronized boolean isOpen(String endpointId) {
        State state = states.get(endpointId);
        return state != null && state.open();
    }
}
