package io.headcount.webhook.delivery.application;

import io.headcount.events.EventEnvelope;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.StaleVersionException;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.endpoint.application.WebhookEndpointService;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.headcount.webhook.endpoint.application.EndpointDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns each event into one delivery per endpoint of its team that wants it, and lets a team admin read the
 * delivery log and ask for deliveries again.
 */
@Service
public class DeliveryService {

    private final DeliveryRepository deliveries;
    private final WebhookEndpointService endpoints;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final AtomicLong lastSequence = new AtomicLong();

    public DeliveryService(DeliveryRepository deliveries, WebhookEndpointService endpoints, Dispatcher dispatcher, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Idempotent: a redelivered or replayed event finds its deliveries made already. Each new delivery is stored
     * claimed by this instance and handed to the dispatcher at once; if this instance dies first, the claim runs out
     * and the retry scan sends it.
     */
    public void fanOut(EventEnvelope envelope) {
        if (envelope.teamId() == null) {
            return;
        }
        List<WebhookEndpoint> wanting = endpoints.wanting(envelope.teamId(), envelope.type());
        if (wanting.isEmpty()) {
            return;
        }
        String body = CloudEventBodies.of(envelope);
        Instant now = clock.instant();
        long sequence = nextSequence(now);
        for (WebhookEndpoint endpoint : wanting) {
            Delivery delivery = Delivery.of(Ids.next(now), endpoint.teamId(), endpoint.id(), envelope.id(),
                    envelope.type(), envelope.subject(), sequence, body, now).claimedUntil(now.plus(dispatcher.lease()));
            if (deliveries.insertIfAbsent(delivery) && endpoint.active()) { // a switched-off one's wait
                dispatcher.handOver(endpoint, delivery);
            }
        }
    }

    /** From now on the candidate's deliveries carry no personal data, also when sent again. */
    public void erase(String candidateId) {
        for (Delivery delivery : deliveries.ofOrderKey(candidateId)) {
            if (!delivery.erased()) {
                deliveries.save(delivery.erase(CloudEventBodies.withoutPersonalData(delivery.body())),
                        delivery.version());
            }
        }
    }

    public List<Delivery> log(Caller caller, String endpointId, String beforeId, int limit) {
        WebhookEndpoint endpoint = endpoints.get(caller, endpointId);
        return deliveries.page(endpoint.id(), beforeId, limit);
    }

    public Delivery get(Caller caller, String id) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        return deliveries.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("webhook delivery", id));
    }

    /** Sends one delivery again (whatever its status), soon, in its place in the candidate's order. */
    public Delivery redeliver(Caller caller, String id) {
        Delivery delivery = get(caller, id);
        if (!deliveries.save(delivery.redeliver(clock.instant()), delivery.version())) {
            throw new StaleVersionException("webhook delivery", id);
        }
        return get(caller, id);
    }

    /** A deleted endpoint's delivery log goes with it: bodies hold personal data that nobody can reach any more. */
    @EventListener
    void on(EndpointDeleted deleted) {
        deliveries.deleteOfEndpoint(deleted.endpointId());
    }

    /** Sends every delivery of the endpoint created in [from, to) again; how many. */
    public long redeliver(Caller caller, String endpointId, Instant from, Instant to) {
        WebhookEndpoint endpoint = endpoints.get(caller, endpointId);
        requireStorable("from", from);
        requireStorable("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        return deliveries.redeliverRange(endpoint.id(), from, to, clock.instant());
    }

    /** The store keeps times as milliseconds since 1970 in 64 bits: what lies outside cannot name a delivery. */
    private static void requireStorable(String field, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidFieldException(field, "must lie between " + EARLIEST + " and " + LATEST);
        }
    }

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Arrival order within this instance (micro-second resolution, never repeating). */
    private long nextSequence(Instant now) {
        long candidate = now.toEpochMilli() * 1000;
        return lastSequence.updateAndGet(last -> Math.max(last + 1, candidate));
    }
}
