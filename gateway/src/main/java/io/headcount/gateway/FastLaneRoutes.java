package io.headcount.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes the fast lane takes, read from the gateway's own route definitions (gateway.yml), so there is one
 * routing table: a route qualifies when it is a {@code Path} predicate of exact paths and {@code /**} prefixes, and
 * its one filter is the {@code CircuitBreaker} named after its service. The fast lane uses that breaker and its
 * time limit (the same instances as the full path), and the {@code Retry} default filter's policy.
 */
final class FastLaneRoutes {

    /** One path pattern of a route: exactly {@code path}, or anything under it when {@code prefix}. */
    record Route(String pattern, String path, boolean prefix, String service, String uri, CircuitBreaker breaker,
                 Duration timeout) {
        boolean matches(String requested) {
            return prefix ? requested.startsWith(path) && (requested.length() == path.length()
                    || requested.charAt(path.length()) == '/') : requested.equals(path);
        }
    }

    private final List<Route> routes;
    private final ReadRetries readRetries;

    FastLaneRoutes(List<Route> routes, ReadRetries readRetries) {
        this.routes = List.copyOf(routes);
        this.readRetries = readRetries;
    }

    static FastLaneRoutes of(GatewayProperties gateway, CircuitBreakerRegistry breakers,
                             TimeLimiterRegistry timeLimits) {
        List<Route> routes = new ArrayList<>();
        for (RouteDefinition definition : gateway.getRoutes()) {
            if (definition.getPredicates().size() != 1 || definition.getFilters().size() != 1) {
                continue;
            }
            PredicateDefinition predicate = definition.getPredicates().get(0);
            FilterDefinition filter = definition.getFilters().get(0);
            String service = filter.getArgs().get("name");
            if (!"Path".equals(predicate.getName()) || !"CircuitBreaker".equals(filter.getName()) || service == null) {
                continue;
            }
            List<Route> patterns = new ArrayList<>();
            for (String pattern : predicate.getArgs().values()) {
                boolean prefix = pattern.endsWith("/**");
                String path = prefix ? pattern.substring(0, pattern.length() - 3) : pattern;
                if (path.contains("*") || path.contains("{")) {
                    patterns = null; // a pattern the fast lane does not read: the route keeps the full path
                    break;
                }
                String uri = definition.getUri().toString().replaceAll("/+$", "");
                patterns.add(new Route(pattern, path, prefix, service, uri, breakers.circuitBreaker(service),
                        timeLimits.timeLimiter(service).getTimeLimiterConfig().getTimeoutDuration()));
            }
            if (patterns != null) {
                routes.addAll(patterns);
            }
        }
        return new FastLaneRoutes(routes, ReadRetries.of(gateway));
    }

    /** The route of {@code path}, or null. */
    Route match(String path) {
        for (Route route : routes) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }

    ReadRetries readRetries() {
        return readRetries;
    }

    List<Route> all() {
        return routes;
    }
}
