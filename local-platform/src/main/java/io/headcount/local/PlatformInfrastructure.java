package io.headcount.local;

/** Where the applications find Kafka, their stores and the token issuer's keys. */
public interface PlatformInfrastructure {

    String kafkaBootstrapServers();

    /** Each service has a database of its own. */
    String mongoUri(String service);

    String jwkSetUri();

    /** The development token issuer's base URL, routed through the gateway at /dev/token; null when there is none. */
    String devIssuerUrl();

    /** The port of the Redis that keeps the gateway's rate-limit buckets on 127.0.0.1; null: no rate limits. */
    default Integer redisPort() {
        return null;
    }
}
