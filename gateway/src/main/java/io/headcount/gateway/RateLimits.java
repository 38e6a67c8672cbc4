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
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-user and per-team token buckets, kept in Redis so every gateway replica draws on the same budget. A request
 * takes one token from its user's bucket and one from each of its teams'; when any is empty it is a 429 problem with
 * {@code Retry-After}, never forwarded. When Redis cannot be reached the gateway lets requests through (fail open:
 * a limiter outage must not become an API outage) and says so in its log.
 * <p>
 * A replica takes tokens from Redis in small leases and spends them locally: up to {@code lease} × the slowest
 * bucket's rate at once (at least 1, at most {@value #MAX_LEASE}), kept for {@code lease}. Redis is asked once per
 * lease instead of once per request, and the budget is still never exceeded (a token is taken from Redis before it
 * is spent). The price: tokens one replica leased and did not spend within the lease are lost to the others, at most
 * one lease per user and replica; with the defaults (20 requests/s per user, 100 ms) a lease is 2 tokens.
 */
class RateLimits implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /**
     * Token buckets as Spring Cloud Gateway's Redis rate limiter keeps them, on Redis's own clock, for several keys at
     * once: tokens are taken from every bucket of a request only when each has them, so a user who is refused does not
     * use up their team's budget. Takes up to ARGV[last] tokens from each bucket (a lease), as many as the emptiest
     * holds, at least one. Returns {tokens granted (0: refused), tokens left in the emptiest, ms to wait}.
     */
    private static final RedisScript<List> TAKE = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local want = tonumber(ARGV[#ARGV])
            local tokens = {}
            local granted = want
            local wait = 0
            for i, key in ipairs(KEYS) do
              local rate = tonumber(ARGV[2 * i - 1])
              local capacity = tonumber(ARGV[2 * i])
              local bucket = redis.call('HMGET', key, 'tokens', 'at')
              local available = tonumber(bucket[1]) or capacity
              local at = tonumber(bucket[2]) or now
              available = math.min(capacity, available + math.max(0, now - at) * rate / 1000)
              tokens[i] = available
              granted = math.min(granted, math.floor(available))
              if available < 1 then
                wait = math.max(wait, math.ceil((1 - available) * 1000 / rate))
              end
            end
            if granted < 1 then
              granted = 0
            end
            local left = -1
            for i, key in ipairs(KEYS) do
              local rate = tonumber(ARGV[2 * i - 1])
              local capacity = tonumber(ARGV[2 * i])
              local available = tokens[i] - granted
              if left < 0 or available < left then
                left = available
              end
              redis.call('HSET', key, 'tokens', tostring(available), 'at', now)
              redis.call('PEXPIRE', key, math.ceil(capacity / rate * 1000) + 1000)
            end
            return {granted, math.floor(left), wait}
            """, List.class);

    static final int MAX_LEASE = 64;
    private static final int MAX_LEASES = 10_000;

    private final ReactiveStringRedisTemplate redis;
    private final Settings settings;
    private final AtomicLong lastOutageLog = new AtomicLong();
    private final Map<Buckets, Lease> leases = new ConcurrentHashMap<>();
    private final String leaseSize;
    private final long leaseNanos;

    RateLimits(ReactiveStringRedisTemplate redis, Settings settings) {
        this.redis = redis;
        this.settings = settings;
        double slowest = Math.min(settings.user().rate(), settings.team().rate());
        this.leaseSize = String.valueOf(Math.max(1, Math.min(MAX_LEASE,
                (long) Math.floor(slowest * settings.lease().toNanos() / 1e9))));
        this.leaseNanos = settings.lease().toNanos();
    }

    /** The buckets one request draws on: its user's and each of its teams'. */
    record Buckets(String user, List<String> teams) {
    }

    /** Tokens taken from Redis and not spent yet; worthless after {@code expiresAt}. */
    private record Lease(AtomicInteger left, long expiresAt) {
        boolean liveAt(long now) {
            return now - expiresAt < 0;
        }

        boolean take(long now) {
            return liveAt(now) && left.getAndDecrement() > 0;
        }
    }

    /** {@code rate}: tokens added per second (sustained requests/s); {@code burst}: the bucket's size. */
    record UserLimit(@DefaultValue("20") double rate, @DefaultValue("40") int burst) {
    }

    record TeamLimit(@DefaultValue("100") double rate, @DefaultValue("200") int burst) {
    }

    /** {@code lease}: how much of the slowest rate a replica takes from Redis at once, and how long it keeps it. */
    @ConfigurationProperties("headcount.gateway.rate-limit")
    record Settings(@DefaultValue("true") boolean enabled, @DefaultValue UserLimit user,
                    @DefaultValue TeamLimit team, @DefaultValue("100ms") Duration lease) {
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
                .map(RateLimits::buckets)
                .flatMap(this::admit)
                // not switchIfEmpty(chain...): the chain's Mono<Void> completes empty, which ran the whole route a
                // second time after every answer (and its clean-up closed the pooled connection to the service)
                .defaultIfEmpty(0L)
                .flatMap(retryAfterMillis -> retryAfterMillis > 0 ? tooMany(exchange.getResponse(), retryAfterMillis)
                        : chain.filter(exchange));
    }

    private static Buckets buckets(JwtAuthenticationToken token) {
        return buckets(token.getToken());
    }

    static Buckets buckets(Jwt token) {
        List<String> teams = token.getClaimAsStringList("teams");
        return new Buckets(token.getSubject(), teams == null ? List.of() : teams);
    }

    /** 0 when the request may pass, otherwise the milliseconds until every bucket has a token again. */
    Mono<Long> admit(Buckets buckets) {
        return takeLeased(buckets) ? Mono.just(0L) : decide(buckets);
    }

    private boolean takeLeased(Buckets buckets) {
        Lease lease = leases.get(buckets);
        return lease != null && lease.take(System.nanoTime());
    }

    /** Keeps the tokens of a lease beyond the one spent now, with what is left of an unexpired earlier lease. */
    private void keep(Buckets buckets, int tokens) {
        if (tokens <= 0) {
            return;
        }
        long now = System.nanoTime();
        leases.compute(buckets, (key, earlier) -> {
            int carried = earlier != null && earlier.liveAt(now) ? Math.max(0, earlier.left().getAndSet(0)) : 0;
            return new Lease(new AtomicInteger(carried + tokens), now + leaseNanos);
        });
        if (leases.size() > MAX_LEASES) {
            leases.values().removeIf(lease -> !lease.liveAt(now));
        }
    }

    @SuppressWarnings("unchecked")
    private Mono<Long> decide(Buckets buckets) {
        // one hash slot for all buckets ({...}), so the script may touch several keys on a Redis Cluster too
        List<String> keys = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        keys.add("{headcount-rate}:user:" + buckets.user());
        limits.addAll(List.of(String.valueOf(settings.user().rate()), String.valueOf(settings.user().burst())));
        for (String team : buckets.teams()) {
            keys.add("{headcount-rate}:team:" + team);
            limits.addAll(List.of(String.valueOf(settings.team().rate()), String.valueOf(settings.team().burst())));
        }
        limits.add(leaseSize);
        return redis.execute(TAKE, keys, limits).next()
                .map(result -> (List<Long>) result)
                .map(result -> {
                    long granted = result.get(0);
                    if (granted < 1) {
                        return Math.max(1L, result.get(2));
                    }
                    keep(buckets, (int) granted - 1);
                    return 0L;
                })
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

    /** The 429 problem with {@code Retry-After}; also the fast lane's. */
    static Mono<Void> tooMany(ServerHttpResponse response, long retryAfterMillis) {
        long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        response.getHeaders().set("Retry-After", String.valueOf(seconds));
        return GatewayProblems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                GatewayProblems.json(429, "rate-limited", "Too many requests", "the rate limit of your user or "
                        + "team is used up; retry after " + seconds + " s"));
    }
}
