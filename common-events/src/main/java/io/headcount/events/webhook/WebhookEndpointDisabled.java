package io.headcount.events.webhook;


import java.time.Instant;

/**
 * A team's webhook endpoint failed every delivery for 24 hours and was switched off; deliveries wait until a team
 * admin turns it on again. Keyed by the endpoint id.
 */
public record WebhookEndpointDisabled(String endpointId, String url, Instant failingSince, String reason)
        implements WebhookEndpointEvent {

    @Override
    public String subject() {
        return endpointId;
    }
}
