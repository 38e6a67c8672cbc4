package io.headcount.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local}: the whole platform on this machine, no Docker. Data stays in {@code HEADCOUNT_DATA_DIR}
 * (default {@code .data}) across restarts; Ctrl-C stops everything.
 */
public final class HeadcountLocal {

    private HeadcountLocal() {
    }

    public static void main(String[] args) throws Exception {
        long startedAt = System.nanoTime();
        Path dataDir = Path.of(env("HEADCOUNT_DATA_DIR", ".data")).toAbsolutePath();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir, new EmbeddedInfrastructure.Ports(
                port("HEADCOUNT_KAFKA_PORT", 9092), port("HEADCOUNT_KAFKA_CONTROLLER_PORT", 9093),
                port("HEADCOUNT_ISSUER_PORT", 8090), port("HEADCOUNT_FIRST_STORE_PORT", 27017),
                port("HEADCOUNT_REDIS_PORT", 6379)));
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(infrastructure, new LocalPlatform.Ports(port("HEADCOUNT_GATEWAY_PORT", 8080),
                    port("HEADCOUNT_CANDIDATE_PORT", 8081), port("HEADCOUNT_INTERVIEW_PORT", 8082),
                    port("HEADCOUNT_OFFER_PORT", 8083), port("HEADCOUNT_WEBHOOK_PORT", 8084),
                    port("HEADCOUNT_INSIGHTS_PORT", 8085)), args);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            System.out.println("Stopping Headcount...");
            platform.close();
            infrastructure.close();
            System.out.printf("Headcount stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9);
            stopped.countDown();
        }, "headcount-shutdown"));
        printBanner(platform, infrastructure, dataDir, Duration.ofNanos(System.nanoTime() - startedAt));
        stopped.await();
    }

    private static void printBanner(LocalPlatform platform, EmbeddedInfrastructure infrastructure, Path dataDir,
                                    Duration startup) {
        String gateway = platform.gatewayUrl();
        System.out.printf("""

                ==============================================================================
                 Headcount is ready in %.1f s
                   gateway      %s   (the only URL clients need)
                   kafka        %s   (topics headcount.candidate.v1, .interview.v1, .offer.v1, .webhook.v1)
                   data         %s
                 Get a dev token (users: alice, hank, ivan, aria, tess in team-a; bob, bea in team-b):
                   TOKEN=$(curl -s '%s/dev/token?user=alice' | jq -r .access_token)
                   curl -H "Authorization: Bearer $TOKEN" %s/api/v1/requisitions
                 OpenAPI: %s/openapi/candidate-service (also interview-, offer-, webhook-, insights-service)
                 AsyncAPI (events): %s/asyncapi
                 Ctrl-C stops everything.
                ==============================================================================
                %n""", startup.toMillis() / 1000.0, gateway, infrastructure.kafkaBootstrapServers(), dataDir,
                gateway, gateway, gateway, gateway);
    }

    private static int port(String name, int defaultPort) {
        return Integer.parseInt(env(name, String.valueOf(defaultPort)));
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
