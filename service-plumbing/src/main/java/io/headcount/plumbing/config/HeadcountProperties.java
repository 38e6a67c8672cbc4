package io.headcount.plumbing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/** Settings of the shared plumbing, under {@code headcount.*}; defaults in headcount-plumbing-defaults.yml. */
@ConfigurationProperties("headcount")
public record HeadcountProperties(@DefaultValue Outbox outbox, @DefaultValue Kafka kafka,
                                  @DefaultValue Consumer consumer, @DefaultValue Idempotency idempotency,
                                  @DefaultValue Web web) {

    /**
     * @param safetyNetInterval how often the relay scans for pending events it was not told about (another
     *                          instance's, or left by a crash); writes of this instance are published at once
     * @param batchSize         documents the relay publishes per round
     * @param collections       the aggregate collections whose documents carry pending events
     */
    public record Outbox(@DefaultValue("true") boolean relayEnabled, @DefaultValue("15s") Duration safetyNetInterval,
                         @DefaultValue("30s") Duration lease, @DefaultValue("10s") Duration sendTimeout,
                         @DefaultValue("256") int batchSize, @DefaultValue List<String> collections) {
    }

    public record Kafka(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
    }

    public record Consumer(@DefaultValue("3") int retryAttempts, @DefaultValue("200ms") Duration retryInitialInterval,
                           @DefaultValue("2s") Duration retryMaxInterval,
                           @DefaultValue("30d") Duration dedupRetention) {
    }

    /**
     * @param maxBodySize     larger request bodies are refused with 413
     * @param trustedProxies  CIDR blocks whose Forwarded / X-Forwarded-* headers are believed (the gateway's)
     */
    public record Web(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue List<String> trustedProxies) {
    }

    public record Idempotency(@DefaultValue("60s") Duration inProgressLease, @DefaultValue("24h") Duration retention) {
    }
}
