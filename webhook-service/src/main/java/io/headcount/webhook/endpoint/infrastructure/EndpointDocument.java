package io.headcount.webhook.endpoint.infrastructure;

import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

@Document("webhook_endpoints")
record EndpointDocument(@Id String id, String teamId, long version, String url, List<String> eventTypes,
                        String secret, boolean active, String description, Instant failingSince, String lastFailure,
                        String disabledReason, Instant createdAt) {

    static EndpointDocument from(WebhookEndpoint endpoint) {
        return new EndpointDocument(endpoint.id(), endpoint.teamId(), endpoint.version(), endpoint.url(),
                List.copyOf(endpoint.eventTypes()), endpoint.secret(), endpoint.active(), endpoint.description(),
                endpoint.failingSince(), endpoint.lastFailure(), endpoint.disabledReason(), endpoint.createdAt());
    }

    WebhookEndpoint toModel() {
        return new WebhookEndpoint(id, teamId, url, eventTypes == null ? Set.of() : Set.copyOf(eventTypes), secret,
                active, description, failingSince, lastFailure, disabledReason, createdAt, version);
    }
}
