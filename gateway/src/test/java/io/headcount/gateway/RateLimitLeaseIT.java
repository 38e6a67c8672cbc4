package io.headcount.gateway;

import io.headcount.testsupport.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two limiter replicas on one real Redis, leasing several tokens at a time: however the requests are spread, the
 * replicas together never let more through than the bucket holds, and a lease is spent without asking Redis.
 */
class RateLimitLeaseIT {

    private static LettuceConnectionFactory connections;
    private static ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", RedisProcess.forTests().port()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new ReactiveStringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    /** Refills of 1 token per 100 s (none while the test runs), leases of rate × 1000 s = 10 tokens. */
    private static RateLimits replica(int userBurst, int teamBurst) {
        return new RateLimits(redis, new RateLimits.Settings(true, new RateLimits.UserLimit(0.01, userBurst),
                new RateLimits.TeamLimit(0.01, teamBurst), Duration.ofSeconds(1000)));
    }

    @Test
    void leasing_replicas_together_never_pass_more_than_the_bucket_holds() {
        RateLimits first = replica(6, 100);
        RateLimits second = replica(6, 100);
        RateLimits.Buckets alice = new RateLimits.Buckets("alice-" + UUID.randomUUID(), List.of("t-" + UUID.randomUUID()));

        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add((i % 2 == 0 ? first : second).admit(alice).block());
        }

        assertThat(answers.stream().filter(wait -> wait == 0).count()).as("requests passed").isEqualTo(6);
        assertThat(answers.stream().filter(wait -> wait > 0)).as("the rest are told how long to wait")
                .hasSize(14).allMatch(wait -> wait >= 1000);
    }

    @Test
    void a_request_goes_down_the_filter_chain_once_with_or_without_a_token() {
        RateLimits limits = replica(100, 100);
        AtomicInteger routed = new AtomicInteger();
        GatewayFilterChain chain = exchange -> Mono.fromRunnable(routed::incrementAndGet);
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("tess-" + UUID.randomUUID())
                .claim("teams", List.of("t-" + UUID.randomUUID())).build();

        limits.filter(MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/candidates"))
                .principal(new JwtAuthenticationToken(jwt)).build(), chain).block();
        assertThat(routed).as("with a token").hasValue(1);

        limits.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health")), chain).block();
        assertThat(routed).as("without one").hasValue(2);
    }

    @Test
    void a_lease_is_spent_without_asking_redis_and_then_redis_decides_again() {
        RateLimits replica = replica(100, 100);
        RateLimits.Buckets hank = new RateLimits.Buckets("hank-" + UUID.randomUUID(), List.of("t-" + UUID.randomUUID()));

        assertThat(replica.admit(hank).block()).as("takes a lease of 10 tokens, spends one").isZero();
        redis.opsForHash().put("{headcount-rate}:user:" + hank.user(), "tokens", "0").block(); // bucket emptied

        for (int i = 0; i < 9; i++) {
            assertThat(replica.admit(hank).block()).as("request %d, spent from the lease", i).isZero();
        }
        assertThat(replica.admit(hank).block()).as("lease used up: Redis's empty bucket refuses").isPositive();
    }
}
