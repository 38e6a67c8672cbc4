package io.headcount.local;

import io.headcount.testsupport.RedisProcess;
import io.headcount.testsupport.TestInfrastructure;

/** The four applications on the test JVM's one broker and one store (a database per service), started once. */
final class TestPlatform {

    private static LocalPlatform platform;

    private TestPlatform() {
    }

    static synchronized LocalPlatform get() {
        if (platform == null) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            Integer redis = RedisProcess.executable().isPresent() ? RedisProcess.forTests().port() : null;
            platform = LocalPlatform.start(new TestPlatformInfrastructure(infrastructure.kafkaBootstrapServers(),
                    service -> infrastructure.mongoUri("e2e-" + service), redis), LocalPlatform.Ports.anyFree(),
                    // every application hands its spans to CapturedSpans, exported at once
                    "--headcount.test.capture-spans=true",
                    "--management.opentelemetry.tracing.export.schedule-delay=50ms",
                    // webhook receivers of the tests listen on this machine
                    "--WEBHOOK_ALLOWED_TARGETS=127.0.0.1");
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "test-platform-shutdown"));
        }
        return platform;
    }
}
