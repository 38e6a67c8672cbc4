package io.headcount.plumbing.identity;

import io.headcount.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final MutableClock clock = new MutableClock(NOW);

    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new JwtValidationException("invalid", List.of(new OAuth2Error("invalid_token")));
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofHours(1))).build();
    };

    private final JwtDecoder decoder = new RememberingJwtDecoder(verifying, clock);

    @Test
    void a_verified_token_is_verified_once_while_remembered() {
        decoder.decode("good");
        decoder.decode("good");
        clock.set(NOW.plus(RememberingJwtDecoder.REMEMBER).minusSeconds(1));

        assertThat(decoder.decode("good").getSubject()).isEqualTo("alice");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_remembered_token_is_verified_again_after_the_memory_lapses() {
        decoder.decode("good");
        clock.set(NOW.plus(RememberingJwtDecoder.REMEMBER).plusSeconds(1));
        decoder.decode("good");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void an_expired_token_is_never_served_from_memory() {
        decoder.decode("good");
        clock.set(NOW.plus(Duration.ofHours(1)).plusSeconds(1));

        decoder.decode("good"); // the real decoder is asked (and, for real, refuses it)

        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_not_remembered() {
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(JwtValidationException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void the_application_decoder_is_wrapped_once() {
        Object wrapped = RememberingJwtDecoder.wrappingTheDecoder().postProcessAfterInitialization(verifying, "jwt");

        assertThat(wrapped).isInstanceOf(RememberingJwtDecoder.class);
        assertThat(RememberingJwtDecoder.wrappingTheDecoder().postProcessAfterInitialization(wrapped, "jwt"))
                .isSameAs(wrapped);
    }
}
