package io.headcount.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Rate limits on unless {@code GATEWAY_RATE_LIMITS=false}; the buckets live in the Redis at REDIS_HOST/PORT. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.Settings.class)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "headcount.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    RateLimits rateLimits(ReactiveStringRedisTemplate redis, RateLimits.Settings settings) {
        return new RateLimits(redis, settings);
    }
}
