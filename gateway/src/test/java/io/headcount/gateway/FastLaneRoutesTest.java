package io.headcount.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FastLaneRoutesTest {

    private static final FastLaneRoutes ROUTES = FastLaneRoutes.of(gateway(
                    "candidate-service=http://candidates:8081/,Path=/api/v1/candidates,/api/v1/candidates/**,"
                            + "CircuitBreaker=candidate-service",
                    "docs=http://candidates:8081,Path=/openapi/candidate-service,SetPath=/v3/api-docs",
                    "offer-service=http://offers:8083,Path=/api/v1/offers/{id},CircuitBreaker=offer-service"),
            CircuitBreakerRegistry.ofDefaults(),
            TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(3)).build()));

    @Test
    void a_route_is_matched_by_its_exact_path_or_anything_under_its_prefix() {
        assertThat(ROUTES.match("/api/v1/candidates").pattern()).isEqualTo("/api/v1/candidates");
        assertThat(ROUTES.match("/api/v1/candidates/42/notes").pattern()).isEqualTo("/api/v1/candidates/**");
        assertThat(ROUTES.match("/api/v1/candidatesx")).isNull();
    }

    @Test
    void a_route_takes_its_service_uri_breaker_and_time_limit_from_the_gateway_configuration() {
        FastLaneRoutes.Route route = ROUTES.match("/api/v1/candidates/42");

        assertThat(route.uri()).isEqualTo("http://candidates:8081");
        assertThat(route.breaker().getName()).isEqualTo("candidate-service");
        assertThat(route.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void routes_with_other_filters_or_patterns_it_does_not_read_keep_the_full_path() {
        assertThat(ROUTES.match("/openapi/candidate-service")).isNull();
        assertThat(ROUTES.match("/api/v1/offers/7")).isNull();
        assertThat(ROUTES.all()).extracting(FastLaneRoutes.Route::service).containsOnly("candidate-service");
    }

    @Test
    void reads_are_sent_again_as_the_gateways_retry_filter_says() {
        GatewayProperties gateway = new GatewayProperties();
        org.springframework.cloud.gateway.filter.FilterDefinition retry =
                new org.springframework.cloud.gateway.filter.FilterDefinition();
        retry.setName("Retry");
        retry.getArgs().putAll(java.util.Map.of("retries", "2", "methods", "GET,HEAD", "exceptions",
                "java.net.ConnectException,reactor.netty.http.client.PrematureCloseException",
                "backoff.firstBackoff", "50ms", "backoff.maxBackoff", "400ms"));
        gateway.setDefaultFilters(List.of(retry));

        ReadRetries retries = ReadRetries.of(gateway);

        assertThat(retries.covers("GET")).isTrue();
        assertThat(retries.covers("POST")).isFalse();
        assertThat(retries.retriesOn(new RuntimeException(new java.net.ConnectException()))).isTrue();
        assertThat(retries.retriesOn(new java.util.concurrent.TimeoutException())).isFalse();
        assertThat(retries.firstBackoff()).isEqualTo(Duration.ofMillis(50));
        assertThat(ReadRetries.of(new GatewayProperties()).covers("GET")).as("no Retry filter, no retries").isFalse();
    }

    /** Routes in the shortcut form of gateway.yml: {@code id=uri,Predicate=args...,Filter=args}. */
    private static GatewayProperties gateway(String... routes) {
        GatewayProperties properties = new GatewayProperties();
        properties.setRoutes(java.util.Arrays.stream(routes).map(FastLaneRoutesTest::route).toList());
        return properties;
    }

    private static RouteDefinition route(String shortcut) {
        String[] idAndRest = shortcut.split("=", 2);
        String[] uriAndRest = idAndRest[1].split(",", 2);
        RouteDefinition route = new RouteDefinition();
        route.setId(idAndRest[0]);
        route.setUri(java.net.URI.create(uriAndRest[0]));
        String[] parts = uriAndRest[1].split(",(?=[A-Z][A-Za-z]+=)");
        route.setPredicates(List.of(new org.springframework.cloud.gateway.handler.predicate.PredicateDefinition(
                parts[0])));
        org.springframework.cloud.gateway.filter.FilterDefinition filter =
                new org.springframework.cloud.gateway.filter.FilterDefinition(parts[1]);
        if (filter.getName().equals("CircuitBreaker")) {
            filter.getArgs().put("name", filter.getArgs().remove("_genkey_0"));
        }
        route.setFilters(List.of(filter));
        return route;
    }
}
