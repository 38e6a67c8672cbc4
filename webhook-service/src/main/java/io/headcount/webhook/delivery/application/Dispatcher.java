package io.headcount.webhook.delivery.application;

import io.headcount.plumbing.domain.Changed;
import io.headcount.webhook.WebhookProperties;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.EndpointCircuits;
import io.headcount.webhook.delivery.model.RetrySchedule;
import io.headcount.webhook.endpoint.application.WebhookEndpointService;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends deliveries, in order per endpoint/candidate pair, two ways.
 * <p>
 * <b>Handed over</b> (the fast path): a new delivery is stored claimed by this instance and given to
 * {@link #handOver} at once. Each pair has at most one chain of attempts running here; a pair's later deliveries queue
 * behind it in memory. A failed attempt ends the chain: the delivery waits for its retry in the store and the ones
 * queued behind it are made due, so the retry scan sends them after it, in order. A delivery whose pair has an earlier
 * one waiting in the store (seen by the last scan, or failed here since) is made due at once, for the same reason.
 * <p>
 * <b>Retry scan</b> (every dispatch interval): the due deliveries in arrival order — retries, manual redeliveries,
 * claims run out because their instance died; of each pair only the first, and only if no earlier one of the pair is
 * still pending (in back-off, or being sent); each claimed by a worker (its next attempt moved past this attempt's
 * time limit, so another instance leaves it alone), sent and its outcome recorded. Deliveries to a switched-off
 * endpoint are parked for a while.
 */
@Service
public class Dispatcher implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int ROUND = 200;
    private static final Duration PARKED = Duration.ofSeconds(30);
    /** Failed attempts in a row to one endpoint that open its circuit. */
    static final int CIRCUIT_THRESHOLD = 5;

    private final DeliveryRepository deliveries;
    private final WebhookEndpointService endpoints;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final ExecutorService workers;
    private final MeterRegistry meters;
    private final Timer latency;
    /** Pairs with a chain of handed-over attempts running here, and the deliveries queued behind it. */
    private final Map<Delivery.Pair, ArrayDeque<HandedOver>> chains = new HashMap<>();
    /** Per pair, the earliest pending delivery that is not due, as the last scan read them. */
    private volatile Map<Delivery.Pair, Long> waitingAtScan = Map.of();
    /** Per pair, handed-over deliveries that failed here, until a scan has read them from the store. */
    private final Map<Delivery.Pair, Failed> failedHere = new ConcurrentHashMap<>();
    /** False once the application stops: no new round, no new attempt; what is claimed waits for its lease. */
    private volatile boolean running;
    private final Object round = new Object();
    private final EndpointCircuits circuits;

    public Dispatcher(DeliveryRepository deliveries, WebhookEndpointService endpoints, WebhookSender sender,
                      WebhookProperties properties, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.firstRetry(), properties.maxRetryInterval(),
                properties.giveUpAfter());
        this.clock = clock;
        this.circuits = new EndpointCircuits(CIRCUIT_THRESHOLD, properties.firstRetry(), properties.maxRetryInterval(),
                lease());
        this.workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.meters = meters;
        this.latency = Timer.builder("headcount.webhook.attempt").description("One delivery attempt: POST to answer")
                .publishPercentileHistogram().register(meters);
    }

    /** How long a claim holds: past one attempt's time limit with room to spare. */
    public Duration lease() {
        return properties.timeout().multipliedBy(3);
    }

    /** A new delivery, stored claimed by this instance: sent now, or after the earlier ones of its pair. */
    public void handOver(WebhookEndpoint endpoint, Delivery delivery) {
        if (!running) {
            return; // stored and claimed: the retry scan of the next instance to run sends it once the claim ends
        }
        Delivery.Pair pair = delivery.pair();
        synchronized (chains) {
            ArrayDeque<HandedOver> chain = chains.get(pair);
            if (chain != null) {
                chain.add(new HandedOver(endpoint, delivery));
                return;
            }
            if (!hasEarlierWaiting(pair, delivery.sequence())) {
                chains.put(pair, new ArrayDeque<>());
                workers.execute(() -> runChain(pair, new HandedOver(endpoint, delivery)));
                return;
            }
        }
        deliveries.release(delivery, clock.instant()); // the retry scan sends it after the earlier one
    }

    private void runChain(Delivery.Pair pair, HandedOver first) {
        HandedOver next = first;
        while (next != null) {
            if (!running) {
                synchronized (chains) {
                    chains.remove(pair); // the rest stays claimed until its lease ends, then the scan sends it
                }
                return;
            }
            boolean delivered = false;
            try {
                delivered = sendHandedOver(next);
            } catch (RuntimeException e) {
                log.warn("webhook delivery {} failed to be sent; the retry scan takes it", next.delivery().id(), e);
            }
            List<HandedOver> released = List.of();
            synchronized (chains) {
                ArrayDeque<HandedOver> chain = chains.get(pair);
                if (delivered) {
                    next = chain.poll();
                    if (next == null) {
                        chains.remove(pair);
                    }
                } else {
                    failedHere.merge(pair, new Failed(next.delivery().sequence(), clock.instant()),
                            (one, other) -> one.sequence() <= other.sequence() ? one : other);
                    chains.remove(pair);
                    released = List.copyOf(chain);
                    next = null;
                }
            }
            Instant now = clock.instant();
            released.forEach(queued -> deliveries.release(queued.delivery(), now));
        }
    }

    /** True when delivered; false when it failed or another instance took it (later ones of the pair then wait). */
    private boolean sendHandedOver(HandedOver handed) {
        Delivery delivery = handed.delivery();
        Instant now = clock.instant();
        // due (the retry scan's), or queued so long its claim is running out: claim it first
        if (delivery.nextAttemptAt().isBefore(now.plus(properties.timeout()))) {
            Optional<Delivery> renewed = deliveries.claim(delivery, now.plus(lease()));
            if (renewed.isEmpty()) {
                return false;
            }
            delivery = renewed.get();
        }
        return attempt(handed.endpoint(), delivery);
    }

    @Scheduled(fixedDelayString = "${headcount.webhooks.dispatch-interval:1s}")
    public void scheduled() {
        synchronized (round) {
            try {
                while (running && dispatchDue() == ROUND) {
                    // a full round: more may be due at once
                }
            } catch (RuntimeException e) {
                log.warn("webhook dispatch round failed; the next round retries", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Before the stores close (a lifecycle phase ahead of bean destruction): no new round or attempt, the attempts
     * under way finish (each within the send time limit), and the scan's round in progress ends.
     */
    @Override
    public void stop() {
        running = false;
        workers.shutdown();
        try {
            workers.awaitTermination(properties.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (round) {
            log.debug("webhook dispatcher stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One round of the retry scan; returns how many due deliveries it looked at. */
    public int dispatchDue() {
        Instant now = clock.instant();
        // earlier deliveries of a pair that are not due (in back-off, or being sent): later ones of the pair wait
        waitingAtScan = deliveries.earliestWaitingByPair(now);
        failedHere.values().removeIf(failed -> failed.at().isBefore(now)); // stored before this read: in it
        List<Delivery> due = deliveries.due(now, ROUND);
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, Optional<WebhookEndpoint>> endpointsById = new HashMap<>();
        Set<Delivery.Pair> pairs = new HashSet<>();
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        for (Delivery delivery : due) {
            Delivery.Pair pair = delivery.pair();
            if (!pairs.add(pair)) {
                continue; // a later delivery of a pair waits for the earlier one (due ones come in order)
            }
            if (hasEarlierWaiting(pair, delivery.sequence())) {
                continue;
            }
            Optional<WebhookEndpoint> endpoint = endpointsById.computeIfAbsent(delivery.endpointId(),
                    endpoints::find);
            if (endpoint.isEmpty()) {
                deliveries.deleteOfEndpoint(delivery.endpointId()); // deleted while this one was being made
                continue;
            }
            if (!endpoint.get().active()) {
                deliveries.claim(delivery, now.plus(PARKED));
                continue;
            }
            synchronized (chains) {
                if (chains.containsKey(pair)) {
                    continue; // a chain of attempts is running for the pair: next round
                }
                chains.put(pair, new ArrayDeque<>()); // new deliveries of the pair queue behind this attempt
            }
            HandedOver first = new HandedOver(endpoint.get(), delivery);
            attempts.add(CompletableFuture.runAsync(() -> runChain(pair, first), workers));
        }
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    /** Sends once and records the outcome; true when delivered. */
    private boolean attempt(WebhookEndpoint endpoint, Delivery delivery) {
        Optional<Instant> circuitOpenUntil = circuits.blocked(endpoint.id(), clock.instant());
        if (circuitOpenUntil.isPresent()) {
            // waits without counting as an attempt; the scan sends it once the circuit lets it
            deliveries.claim(delivery, circuitOpenUntil.get());
            return false;
        }
        Optional<String> refusal = endpoints.refusal(endpoint.url());
        WebhookSender.Outcome outcome = refusal
                .map(reason -> new WebhookSender.Outcome(null, 0, "target refused: " + reason))
                .orElseGet(() -> sender.send(endpoint.url(), endpoint.secret(), delivery));
        Instant at = clock.instant();
        if (refusal.isEmpty()) {
            if (outcome.succeeded()) {
                circuits.succeeded(endpoint.id());
            } else if (circuits.failed(endpoint.id(), at)) {
                meters.counter("headcount.webhook.circuit.opened").increment();
                log.info("webhook endpoint {}: circuit open after {}", endpoint.id(), outcome.failure());
            }
        }
        latency.record(outcome.latencyMillis(), TimeUnit.MILLISECONDS);
        if (outcome.succeeded()) {
            deliveries.save(delivery.succeeded(at, outcome.statusCode(), outcome.latencyMillis()), delivery.version());
            if (endpoint.failingSince() != null) { // as read this round: a success ends its run of failures
                endpoints.recordOutcome(endpoint.id(), current -> Changed.unchanged(current.deliverySucceeded()));
            }
        } else {
            deliveries.save(delivery.failed(at, outcome.statusCode(), outcome.latencyMillis(), outcome.error(),
                    schedule, ThreadLocalRandom.current().nextDouble()), delivery.version());
            endpoints.recordOutcome(endpoint.id(), current -> current.deliveryFailed(outcome.failure(), at,
                    properties.giveUpAfter()));
        }
        meters.counter("headcount.webhook.deliveries", "outcome", outcome.succeeded() ? "delivered" : "failed")
                .increment();
        return outcome.succeeded();
    }

    /** Whether an earlier delivery of the pair waits in the store (as the last scan read it, or failed here since). */
    private boolean hasEarlierWaiting(Delivery.Pair pair, long sequence) {
        Long atScan = waitingAtScan.get(pair);
        Failed failed = failedHere.get(pair);
        return (atScan != null && atScan < sequence) || (failed != null && failed.sequence() < sequence);
    }

    /** Whether this replica holds back attempts to the endpoint (its circuit is open or half-open). */
    public boolean circuitOpen(String endpointId) {
        return circuits.isOpen(endpointId);
    }

    private record HandedOver(WebhookEndpoint endpoint, Delivery delivery) {
    }

    private record Failed(long sequence, Instant at) {
    }

    @Override
    public void destroy() {
        if (running) {
            stop();
        }
    }
}
