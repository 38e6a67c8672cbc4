package io.headcount.webhook.endpoint.model;

import io.headcount.events.webhook.WebhookEndpointDisabled;
import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A team's HTTPS endpoint and the event types it wants (none listed: all). The secret signs every delivery; it is
 * shown once, when the endpoint is registered. An endpoint that fails every delivery for {@code giveUpAfter} is
 * switched off (deliveries then wait) and the team is told by {@link WebhookEndpointDisabled}.
 *
 * @param failingSince the first failure of the current unbroken run of failures, null while deliveries succeed
 */
public record WebhookEndpoint(String id, String teamId, String url, Set<String> eventTypes, String secret,
                              boolean active, String description, Instant failingSince, String lastFailure,
                              String disabledReason, Instant createdAt, long version) {

    public WebhookEndpoint {
        eventTypes = Set.copyOf(eventTypes);
    }

    public static WebhookEndpoint register(String id, String teamId, String url, Set<String> eventTypes,
                                           String secret, String description, Instant now) {
        return new WebhookEndpoint(id, teamId, url, eventTypes, secret, true, description, null, null, null, now, 0);
    }

    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** Turning an endpoint on again starts with a clean record: the next failure starts a new run. */
    public WebhookEndpoint revise(String newUrl, Set<String> newEventTypes, boolean nowActive, String newDescription) {
        boolean reactivated = nowActive && !active;
        return new WebhookEndpoint(id, teamId, newUrl, newEventTypes, secret, nowActive, newDescription,
                reactivated ? null : failingSince, reactivated ? null : lastFailure,
                nowActive ? null : disabledReason, createdAt, version);
    }

    public WebhookEndpoint deliverySucceeded() {
        return failingSince == null ? this : new WebhookEndpoint(id, teamId, url, eventTypes, secret, active,
                description, null, null, disabledReason, createdAt, version);
    }

    /** A failed attempt; the one that completes {@code disableAfter} of failures switches the endpoint off. */
    public Changed<WebhookEndpoint, WebhookEndpointEvent> deliveryFailed(String failure, Instant now, Duration disableAfter) {
        Instant since = failingSince == null ? now : failingSince;
        if (active && !now.isBefore(since.plus(disableAfter))) {
            String reason = "every delivery failed since " + since + "; last: " + failure;
            return Changed.of(new WebhookEndpoint(id, teamId, url, eventTypes, secret, false, description, since,
                    failure, reason, createdAt, version), new WebhookEndpointDisabled(id, url, since, failure));
        }
        return Changed.unchanged(new WebhookEndpoint(id, teamId, url, eventTypes, secret, active, description, since,
                failure, disabledReason, createdAt, version));
    }
}
