package io.headcount.webhook.endpoint.application;

import io.headcount.events.EventCatalog;
import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import io.headcount.webhook.endpoint.model.TargetPolicy;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.headcount.plumbing.domain.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Teams' webhook endpoints: registered, read and changed by a TEAM_ADMIN of the team. */
@Service
public class WebhookEndpointService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long a team's endpoints, as read for fan-out, are used before they are read again. */
    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final EndpointRepository endpoints;
    private final TargetPolicy targets;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Per team, its endpoints as last read for fan-out (changes made here drop the team's entry at once). */
    private final Map<String, TeamEndpoints> forFanOut = new ConcurrentHashMap<>();

    public WebhookEndpointService(EndpointRepository endpoints, TargetPolicy targets, Clock clock,
                            ApplicationEventPublisher events) {
        this.events = events;
        this.endpoints = endpoints;
        this.targets = targets;
        this.clock = clock;
    }

    /** The endpoint, and its secret — the one time it is shown. */
    public WebhookEndpoint register(Caller caller, String teamId, String url, List<String> eventTypes,
                                    String description) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        String team = caller.teamForNewRecord(teamId);
        WebhookEndpoint endpoint = WebhookEndpoint.register(Ids.next(clock.instant()), team, checkedUrl(url),
                checkedTypes(eventTypes), newSecret(), description, clock.instant());
        endpoints.insert(endpoint);
        forFanOut.remove(team);
        return endpoint;
    }

    public WebhookEndpoint get(Caller caller, String id) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        return endpoints.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    public List<WebhookEndpoint> list(Caller caller, String afterId, int limit) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        return endpoints.page(caller.teams(), afterId, limit);
    }

    public WebhookEndpoint revise(Caller caller, String id, ExpectedVersion expected, String url,
                                  List<String> eventTypes, boolean active, String description) {
        WebhookEndpoint endpoint = get(caller, id);
        WebhookEndpoint revised = endpoint.revise(checkedUrl(url), checkedTypes(eventTypes), active, description);
        writes().save(endpoint, expected.against(endpoint.version()), Changed.unchanged(revised));
        forFanOut.remove(endpoint.teamId());
        return get(caller, id);
    }

    /**
     * Removes an endpoint (If-Match): nothing more is sent to it. Its deliveries go with it — here, and any that
     * a replica still creates from a stale view of the team's endpoints are dropped by the dispatcher, which finds
     * no endpoint for them.
     */
    public void delete(Caller caller, String id, ExpectedVersion expected) {
        WebhookEndpoint endpoint = get(caller, id);
        if (!endpoints.delete(id, expected.against(endpoint.version()))) {
            throw new StaleVersionException("webhook endpoint", id);
        }
        forFanOut.remove(endpoint.teamId());
        events.publishEvent(new EndpointDeleted(id));
    }

    /** The endpoints of a team that want an event type, active or not (an inactive one's deliveries wait). */
    public List<WebhookEndpoint> wanting(String teamId, String eventType) {
        long now = System.nanoTime();
        TeamEndpoints known = forFanOut.get(teamId);
        if (known == null || now - known.readAt() > FRESH_NANOS) {
            known = new TeamEndpoints(endpoints.ofTeam(teamId), now);
            forFanOut.put(teamId, known);
        }
        return known.endpoints().stream().filter(endpoint -> endpoint.wants(eventType)).toList();
    }

    public Optional<WebhookEndpoint> find(String id) {
        return endpoints.find(id);
    }

    /** Records a delivery's outcome on its endpoint (may disable it); retried on the latest version if raced. */
    public void recordOutcome(String id, Function<WebhookEndpoint, Changed<WebhookEndpoint, WebhookEndpointEvent>> outcome) {
        endpoints.find(id).ifPresent(endpoint -> {
            writes().applyToLatest(() -> endpoints.find(id).orElseThrow(), outcome);
            forFanOut.remove(endpoint.teamId());
        });
    }

    /** Why a target is refused at delivery time (its host may resolve elsewhere now), or empty. */
    public Optional<String> refusal(String url) {
        return targets.refusal(url);
    }

    private VersionedWrites<WebhookEndpoint, WebhookEndpointEvent> writes() {
        return new VersionedWrites<>("webhook endpoint", (state, version, events) ->
                endpoints.update(new Changed<>(state, events), version), WebhookEndpoint::id,
                WebhookEndpoint::version);
    }

    private String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidFieldException("url", "is required");
        }
        targets.refusal(url).ifPresent(reason -> {
            throw new InvalidFieldException("url", reason);
        });
        return url;
    }

    private static Set<String> checkedTypes(List<String> eventTypes) {
        Set<String> types = new LinkedHashSet<>();
        if (eventTypes == null) {
            return types;
        }
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            if (type == null || EventCatalog.byType(type).isEmpty()) {
                throw new InvalidFieldException("eventTypes[" + i + "]", "is not a Headcount event type (e.g. "
                        + "io.headcount.candidate.CandidateSourced.v1; see /asyncapi)");
            }
            types.add(type);
        }
        return types;
    }

    private record TeamEndpoints(List<WebhookEndpoint> endpoints, long readAt) {
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

}
