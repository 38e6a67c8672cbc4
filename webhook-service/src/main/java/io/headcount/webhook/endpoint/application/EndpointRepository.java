package io.headcount.webhook.endpoint.application;

import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EndpointRepository {

    void insert(WebhookEndpoint endpoint);

    /** False when the stored version is no longer {@code expectedVersion}. */
    boolean update(Changed<WebhookEndpoint, WebhookEndpointEvent> change, long expectedVersion);

    Optional<WebhookEndpoint> find(String id, Collection<String> teamIds);

    Optional<WebhookEndpoint> find(String id);

    List<WebhookEndpoint> ofTeam(String teamId);

    List<WebhookEndpoint> page(Collection<String> teamIds, String afterId, int limit);

    /** False when the stored version is no longer {@code expectedVersion}. */
    boolean delete(String id, long expectedVersion);
}
