package io.headcount.events.webhook;

import io.headcount.events.HeadcountEvent;

/**
 * Every event about a webhook endpoint (webhook-service's WebhookEndpoint aggregate): the only events that aggregate may emit, and a family a subscriber
 * can switch over exhaustively (a new member is a compile error in every switch that does not handle it).
 */
public sealed interface WebhookEndpointEvent extends HeadcountEvent
        permits WebhookEndpointDisabled {
}
