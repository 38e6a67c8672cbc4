package io.headcount.webhook.delivery.application;

import io.headcount.plumbing.domain.Changed;
import io.headcount.webhook.WebhookProperties;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.RetrySchedule;
import io.headcount.webhook.endpoint.application.WebhookEndpoints;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends what is due. Per round: the due deliveries in arrival order; of each endpoint/candidate pair only the
 * first, and only if no earlier one of the pair is still pending (in back-off, or being sent by another instance:
 * one query per round finds those); each claimed by a worker (its next attempt moved past this attempt's time limit,
 * so another instance leaves it alone), sent and its outcome recorded, the workers in parallel. Deliveries to a switched-off endpoint are parked for a while.
 */
@Service
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int ROUND = 200;
    private static final Duration PARKED = Duration.ofSeconds(30);

    private final DeliveryRepository deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final ExecutorService workers;
    private final MeterRegistry meters;
    private final Timer latency;

    public Dispatcher(DeliveryRepository deliveries, WebhookEndpoints endpoints, WebhookSender sender,
                      WebhookProperties properties, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.firstRetry(), properties.maxRetryInterval(),
                properties.giveUpAfter());
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.meters = meters;
        this.latency = Timer.builder("headcount.webhook.attempt").description("One delivery attempt: POST to answer")
                .publishPercentileHistogram().register(meters);
    }

    @Scheduled(fixedDelayString = "${headcount.webhooks.dispatch-interval:200ms}")
    public void scheduled() {
        try {
            while (dispatchDue() == ROUND) {
                // a full round: more may be due at once
            }
        } catch (RuntimeException e) {
            log.warn("webhook dispatch round failed; the next round retries", e);
        }
    }

    /** One round; returns how many due deliveries it looked at. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<Delivery> due = deliveries.due(now, ROUND);
        if (due.isEmpty()) {
            return 0;
        }
        // earlier deliveries of a pair that are not due (in back-off, or being sent): later ones of the pair wait
        Map<String, Long> waiting = deliveries.earliestWaitingByPair(now);
        Map<String, Optional<WebhookEndpoint>> endpointsById = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        for (Delivery delivery : due) {
            String pair = delivery.endpointId() + "|" + delivery.orderKey();
            if (!pairs.add(pair)) {
                continue; // a later delivery of a pair waits for the earlier one (due ones come in order)
            }
            Long earlier = waiting.get(pair);
            if (earlier != null && earlier < delivery.sequence()) {
                continue;
            }
            Optional<WebhookEndpoint> endpoint = endpointsById.computeIfAbsent(delivery.endpointId(),
                    endpoints::find);
            if (endpoint.isEmpty() || !endpoint.get().active()) {
                deliveries.claim(delivery, now.plus(PARKED));
                continue;
            }
            attempts.add(CompletableFuture.runAsync(() -> deliveries.claim(delivery,
                            now.plus(properties.timeout().multipliedBy(3)))
                    .ifPresent(mine -> attempt(endpoint.get(), mine)), workers));
        }
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    private void attempt(WebhookEndpoint endpoint, Delivery delivery) {
        WebhookSender.Outcome outcome = endpoints.refusal(endpoint.url())
                .map(reason -> new WebhookSender.Outcome(null, 0, "target refused: " + reason))
                .orElseGet(() -> sender.send(endpoint.url(), endpoint.secret(), delivery));
        Instant at = clock.instant();
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
    }

    @Override
    public void destroy() {
        workers.shutdown();
        try {
            workers.awaitTermination(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
