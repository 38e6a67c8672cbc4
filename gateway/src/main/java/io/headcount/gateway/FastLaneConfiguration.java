package io.headcount.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.netty.http.client.HttpClient;

/** The fast lane in front of the full path; {@code GATEWAY_FAST_LANE=false} sends every request the full way. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "headcount.gateway.fast-lane.enabled", havingValue = "true", matchIfMissing = true)
class FastLaneConfiguration {

    @Bean
    FastLane fastLane(GatewayProperties gateway, ReactiveResilience4JCircuitBreakerFactory breakers,
                      HttpClient gatewayHttpClient, ReactiveJwtDecoder tokens, ObjectProvider<RateLimits> rateLimits,
                      RequestSizeLimit sizeLimit,
                      ObjectProvider<ObservationRegistry> observations, ObjectProvider<Propagator> propagator,
                      MeterRegistry meters) {
        FastLaneRoutes routes = FastLaneRoutes.of(gateway, breakers.getCircuitBreakerRegistry(),
                breakers.getTimeLimiterRegistry());
        return new FastLane(routes, gatewayHttpClient, tokens, rateLimits.getIfAvailable(), sizeLimit.maxBytes(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), propagator.getIfAvailable(), meters);
    }

    @Bean
    HttpHandlerDecoratorFactory fastLaneInFront(FastLane fastLane) {
        return fastLane::before;
    }
}
