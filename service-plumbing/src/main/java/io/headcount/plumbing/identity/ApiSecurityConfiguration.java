package io.headcount.plumbing.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every API call needs a verified bearer JWT (the gateway checks it too: defence in depth). Health probes and the
 * OpenAPI document are open.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return RememberingJwtDecoder.wrappingTheDecoder();
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization: each request is already
     * traced and timed as a whole, and the per-filter observations cost more CPU than the reads they wrapped.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain headcountApiSecurity(HttpSecurity http, org.springframework.core.env.Environment environment)
            throws Exception {
        int managementPort = ManagementPort.of(environment);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // metrics: anonymous only on a management port of its own, which only Prometheus may
                        // reach (MANAGEMENT_SERVER_PORT, NetworkPolicy); on the API port a token is needed
                        .requestMatchers(request -> managementPort > 0 && request.getLocalPort() == managementPort
                                && "/actuator/prometheus".equals(request.getRequestURI())).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtCallers.authenticationConverter()))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()));
        return http.build();
    }
}
