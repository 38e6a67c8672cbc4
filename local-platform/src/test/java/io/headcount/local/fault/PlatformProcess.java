package io.headcount.local.fault;

import io.headcount.testsupport.Api;
import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run-local}'s main class as a child JVM on a data folder, with ports of its own: a platform a test can
 * kill with SIGKILL and start again on the same data, as an operator's machine would see it.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final ChildJvm jvm;
    private final Ports ports;

    private PlatformProcess(ChildJvm jvm, Ports ports) {
        this.jvm = jvm;
        this.ports = ports;
    }

    record Ports(int gateway, int candidate, int interview, int offer, int webhook, int insights, int kafka,
                 int kafkaController, int issuer, int firstStore) {

        static Ports free() {
            return new Ports(FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.one(),
                    FreePorts.one(), FreePorts.one(),
                    FreePorts.one(), FreePorts.one(), FreePorts.firstOfConsecutive(LocalPlatform.SERVICES.size()));
        }
    }

    /** Starts the platform and returns once it printed that it is ready. */
    static PlatformProcess start(Path dataDir, Ports ports) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "HEADCOUNT_DATA_DIR", dataDir.toString(),
                "HEADCOUNT_GATEWAY_PORT", String.valueOf(ports.gateway()),
                "HEADCOUNT_CANDIDATE_PORT", String.valueOf(ports.candidate()),
                "HEADCOUNT_INTERVIEW_PORT", String.valueOf(ports.interview()),
                "HEADCOUNT_OFFER_PORT", String.valueOf(ports.offer()),
                "HEADCOUNT_KAFKA_PORT", String.valueOf(ports.kafka()),
                "HEADCOUNT_KAFKA_CONTROLLER_PORT", String.valueOf(ports.kafkaController()),
                "HEADCOUNT_ISSUER_PORT", String.valueOf(ports.issuer()),
                "HEADCOUNT_FIRST_STORE_PORT", String.valueOf(ports.firstStore()),
                "HEADCOUNT_REDIS_PORT", String.valueOf(FreePorts.one())));
        env.put("HEADCOUNT_WEBHOOK_PORT", String.valueOf(ports.webhook()));
        env.put("HEADCOUNT_INSIGHTS_PORT", String.valueOf(ports.insights()));
        // the bursts here are about durability, not limits: rate limits stay on, far above what the test sends
        env.putAll(Map.of("GATEWAY_USER_RATE", "100000", "GATEWAY_USER_BURST", "100000",
                "GATEWAY_TEAM_RATE", "100000", "GATEWAY_TEAM_BURST", "100000"));
        return new PlatformProcess(ChildJvm.start("io.headcount.local.HeadcountLocal", List.of(), "768m", env,
                "Headcount is ready", STARTUP), ports);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + ports.kafka();
    }

    /** A demo user's token from this run's dev issuer (a new key each start). */
    Api as(String demoUser) {
        Api.Response token = Api.at(gatewayUrl()).get("/dev/token?user=" + demoUser);
        return Api.at(gatewayUrl()).withToken(token.json().get("access_token").asString());
    }

    /** SIGKILL: nothing runs after it, no shutdown hook, no flush. */
    void kill() {
        jvm.kill();
    }

    /** SIGTERM, as Ctrl-C or an orchestrator sends it; returns how long the platform took to exit. */
    Duration stop() {
        return jvm.stop();
    }

    String tail() {
        return jvm.tail();
    }

    @Override
    public void close() {
        if (jvm.isAlive()) {
            kill();
        }
    }
}
