package io.headcount.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-user and per-team token buckets, kept in Redis so every gateway replica draws on the same budget. A request
 * takes one token from its user's bucket and one from each of its teams'; when any is empty it is a 429 problem with
 * {@code Retry-After}, never forwarded. When Redis cannot be reached the gateway lets requests through (fail open:
 * a limiter outage must not become an API outage) and says so in its log.
 */
class RateLimits implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /**
     * Token buckets as Spring Cloud Gateway's Redis rate limiter keeps them, on Redis's own clock, for several keys at
     * once: a request takes a token from each of its buckets only when every one has a token, so a user who is
     * refused does not use up their team's budget. Returns {allowed, tokens left in the emptiest, ms to wait}.
     */
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local tokens = {}
            local allowed = 1
            local left = -1
            local wait = 0
            for i, key in ipairs(KEYS) do
              local rate = tonumber(ARGV[2 * i - 1])
              local capacity = tonumber(ARGV[2 * i])
              local bucket = redis.call('HMGET', key, 'tokens', 'at')
              local available = tonumber(bucket[1]) or capacity
              local at = tonumber(bucket[2]) or now
              available = math.min(capacity, available + math.max(0, now - at) * rate / 1000)
              tokens[i] = available
              if available < 1 then
                allowed = 0
                wait = math.max(wait, math.ceil((1 - available) * 1000 / rate))
              end
            end
            for i, key in ipairs(KEYS) do
              local rate = tonumber(ARGV[2 * i - 1])
              local capacity = tonumber(ARGV[2 * i])
              local available = tokens[i] - allowed
              if left < 0 or available < left then
                left = available
              end
              redis.call('HSET', key, 'tokens', tostring(available), 'at', now)
              redis.call('PEXPIRE', key, math.ceil(capacity / rate * 1000) + 1000)
            end
            return {allowed, math.floor(left), wait}
            """, List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Settings settings;
    private final AtomicLong lastOutageLog = new AtomicLong();

    RateLimits(ReactiveStringRedisTemplate redis, Settings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** {@code rate}: tokens added per second (sustained requests/s); {@code burst}: the bucket's size. */
    record UserLimit(@DefaultValue("20") double rate, @DefaultValue("40") int burst) {
    }

    record TeamLimit(@DefaultValue("100") double rate, @DefaultValue("200") int burst) {
    }

    @ConfigurationProperties("headcount.gateway.rate-limit")
    record Settings(@DefaultValue("true") boolean enabled, @DefaultValue UserLimit user,
                    @DefaultValue TeamLimit team) {
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> decide(token))
                .flatMap(retryAfterMillis -> retryAfterMillis > 0 ? tooMany(exchange, retryAfterMillis)
                        : chain.filter(exchange))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
    }

    /** 0 when allowed, otherwise how long until every bucket has a token again. */
    @SuppressWarnings("unchecked")
    private Mono<Long> decide(JwtAuthenticationToken token) {
        // one hash slot for all buckets ({...}), so the script may touch several keys on a Redis Cluster too
        List<String> keys = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        keys.add("{headcount-rate}:user:" + token.getToken().getSubject());
        limits.addAll(List.of(String.valueOf(settings.user().rate()), String.valueOf(settings.user().burst())));
        List<String> teams = token.getToken().getClaimAsStringList("teams");
        for (String team : teams == null ? List.<String>of() : teams) {
            keys.add("{headcount-rate}:team:" + team);
            limits.addAll(List.of(String.valueOf(settings.team().rate()), String.valueOf(settings.team().burst())));
        }
        return redis.execute(TAKE, keys, limits).next()
                .map(result -> (List<Long>) result)
                .map(result -> result.get(0) == 1L ? 0L : Math.max(1L, result.get(2)))
                .timeout(Duration.ofMillis(500))
                .onErrorResume(e -> {
                    long now = System.currentTimeMillis();
                    long last = lastOutageLog.get();
                    if (now - last > 30_000 && lastOutageLog.compareAndSet(last, now)) {
                        log.warn("rate limits not enforced: Redis does not answer ({})", e.toString());
                    }
                    return Mono.just(0L);
                });
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, long retryAfterMillis) {
        long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return GatewayProblems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
                GatewayProblems.json(429, "rate-limited", "Too many requests", "the rate limit of your user or "
                        + "team is used up; retry after " + seconds + " s"));
    }
}
