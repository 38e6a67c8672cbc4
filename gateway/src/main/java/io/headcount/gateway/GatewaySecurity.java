package io.headcount.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The gateway verifies every API call's bearer JWT (signature, expiry) before routing it; the services verify it
 * again and check roles and teams. Health, OpenAPI documents and the local dev token issuer are open.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    private static final String UNAUTHORIZED = """
            {"type":"https://headcount.io/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"send a valid bearer token in the Authorization header"}""";

    /**
     * No observation (span, timer) per security filter, authentication and authorization: each request is traced and
     * timed as a whole already; per filter they were a sixth of the gateway's CPU per routed request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http,
                                                      org.springframework.core.env.Environment environment) {
        int management = environment.getProperty("management.server.port", Integer.class, -1);
        int managementPort = management > 0 && management != environment.getProperty("server.port", Integer.class,
                8080) ? management : -1;
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // stateless: bearer tokens only. The defaults keep the security context and a saved request in a
                // WebSession, which made every request create a session (a SecureRandom id on another thread pool,
                // then a hop back: ~3 ms a request when measured)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/openapi/**", "/dev/**",
                                "/unavailable/**", "/asyncapi", "/asyncapi/", "/asyncapi/asyncapi.json").permitAll()
                        // metrics: anonymous only on a management port of its own, which only Prometheus may
                        // reach (MANAGEMENT_SERVER_PORT, NetworkPolicy); on the public port a token is needed
                        .matchers(exchange -> managementPort > 0 && exchange.getRequest().getLocalAddress() != null
                                && exchange.getRequest().getLocalAddress().getPort() == managementPort
                                && "/actuator/prometheus".equals(exchange.getRequest().getPath().value())
                                ? org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher
                                .MatchResult.match()
                                : org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher
                                .MatchResult.notMatch()).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problemJson()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemJson()))
                .build();
    }

    private static ServerAuthenticationEntryPoint problemJson() {
        return (exchange, exception) -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getHeaders().set("WWW-Authenticate", "Bearer");
            DataBuffer body = response.bufferFactory().wrap(UNAUTHORIZED.getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(body));
        };
    }
}
