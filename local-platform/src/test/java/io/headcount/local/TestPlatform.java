package io.headcount.local;

import io.headcount.testsupport.TestInfrastructure;
import io.headcount.testsupport.TestTokens;

/** The four applications on the test JVM's one broker and one store (a database per service), started once. */
final class TestPlatform {

    private static LocalPlatform platform;

    private TestPlatform() {
    }

    static synchronized LocalPlatform get() {
        if (platform == null) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            platform = LocalPlatform.start(new PlatformInfrastructure() {
                @Override
                public String kafkaBootstrapServers() {
                    return infrastructure.kafkaBootstrapServers();
                }

                @Override
                public String mongoUri(String service) {
                    return infrastructure.mongoUri("e2e-" + service);
                }

                @Override
                public String jwkSetUri() {
                    return TestTokens.issuer().jwkSetUri().toString();
                }

                @Override
                public String devIssuerUrl() {
                    return null;
                }

                @Override
                public Integer redisPort() {
                    return io.headcount.testsupport.RedisProcess.executable().isPresent()
                            ? io.headcount.testsupport.RedisProcess.forTests().port() : null;
                }
            }, LocalPlatform.Ports.anyFree());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "test-platform-shutdown"));
        }
        return platform;
    }
}
