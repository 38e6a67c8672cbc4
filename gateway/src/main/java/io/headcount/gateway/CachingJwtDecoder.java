package io.headcount.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway verifies each bearer token's signature, expiry, issuer and audience — and remembers a verified token
 * for a few minutes, so a client's next requests skip the RSA verification and the JSON parsing. A remembered token
 * is still refused once it expires; a key withdrawn from the JWKS stops being honoured within the memory's lifetime.
 */
@Configuration(proxyBeanMethods = false)
class CachingJwtDecoder {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_TOKENS = 10_000;

    @Bean
    ReactiveJwtDecoder jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences) {
        NimbusReactiveJwtDecoder verifying = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        verifying.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null
                        && aud.stream().anyMatch(audiences::contains))));
        return remembering(verifying, Clock.systemUTC());
    }

    static ReactiveJwtDecoder remembering(ReactiveJwtDecoder verifying, Clock clock) {
        Map<String, Remembered> verified = new ConcurrentHashMap<>();
        return token -> {
            Instant now = clock.instant();
            Remembered hit = verified.get(token);
            if (hit != null && hit.until().isAfter(now) && hit.jwt().getExpiresAt() != null
                    && hit.jwt().getExpiresAt().isAfter(now)) {
                return Mono.just(hit.jwt());
            }
            return verifying.decode(token).doOnNext(jwt -> {
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear(); // crude, and rare: a busy gateway re-verifies once
                }
                verified.put(token, new Remembered(jwt, now.plus(REMEMBER)));
            });
        };
    }

    private record Remembered(Jwt jwt, Instant until) {
    }
}
