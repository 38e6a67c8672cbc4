package io.headcount.webhook.endpoint.infrastructure;

import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import io.headcount.webhook.endpoint.application.EndpointRepository;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoEndpointRepository implements EndpointRepository {

    private final AggregateRepository<WebhookEndpoint, EndpointDocument> endpoints;
    private final MongoTemplate mongo;

    MongoEndpointRepository(AggregateRepositories repositories, MongoTemplate mongo) {
        this.mongo = mongo;
        endpoints = repositories.of(EndpointDocument.class, EndpointDocument::from, EndpointDocument::toModel,
                WebhookEndpoint::id, WebhookEndpoint::teamId);
        endpoints.withIndex(new Index("teamId", Sort.Direction.ASC));
    }

    @Override
    public void insert(WebhookEndpoint endpoint) {
        endpoints.insert(endpoint, List.of());
    }

    @Override
    public boolean update(Changed<WebhookEndpoint, WebhookEndpointEvent> change, long expectedVersion) {
        return endpoints.update(change.state(), expectedVersion, change.events());
    }

    @Override
    public Optional<WebhookEndpoint> find(String id, Collection<String> teamIds) {
        return endpoints.findInTeams(id, teamIds);
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        return endpoints.findOne(Criteria.where("_id").is(id));
    }

    @Override
    public List<WebhookEndpoint> ofTeam(String teamId) {
        return endpoints.find(Criteria.where("teamId").is(teamId));
    }

    @Override
    public List<WebhookEndpoint> page(Collection<String> teamIds, String afterId, int limit) {
        return endpoints.page(teamIds, afterId, limit);
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id).and("version").is(expectedVersion)),
                EndpointDocument.class).getDeletedCount() == 1;
    }
}
