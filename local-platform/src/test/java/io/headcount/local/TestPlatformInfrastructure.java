package io.headcount.local;

import io.headcount.testsupport.TestTokens;

import java.util.function.UnaryOperator;

/**
 * A platform's infrastructure in tests: a broker and stores the test chose, the test JVM's token issuer, no dev
 * issuer route, and Redis when the test gives one.
 */
public record TestPlatformInfrastructure(String kafkaBootstrapServers, UnaryOperator<String> mongoUriOfService,
                                    Integer redisPort) implements PlatformInfrastructure {

    @Override
    public String mongoUri(String service) {
        return mongoUriOfService.apply(service);
    }

    @Override
    public String jwkSetUri() {
        return TestTokens.issuer().jwkSetUri().toString();
    }

    @Override
    public String devIssuerUrl() {
        return null;
    }
}
