package io.headcount.local.fault;

import io.headcount.testsupport.FreePorts;
import io.headcount.testsupport.Api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run-local}'s main class as a child JVM on a data folder, with ports of its own: a platform a test can
 * kill with SIGKILL and start again on the same data, as an operator's machine would see it.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final Ports ports;
    private final List<String> output;

    private PlatformProcess(Process process, Ports ports, List<String> output) {
        this.process = process;
        this.ports = ports;
        this.output = output;
    }

    record Ports(int gateway, int candidate, int interview, int offer, int kafka, int kafkaController, int issuer,
                 int firstStore) {

        static Ports free() {
            return new Ports(FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.one(),
                    FreePorts.one(), FreePorts.one(), FreePorts.firstOfThree());
        }
    }

    /** Starts the platform and returns once it printed that it is ready. */
    static PlatformProcess start(Path dataDir, Ports ports) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.headcount.local.HeadcountLocal");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(java.util.Map.of(
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
        // the bursts here are about durability, not limits: rate limits stay on, far above what the test sends
        builder.environment().putAll(java.util.Map.of("GATEWAY_USER_RATE", "100000", "GATEWAY_USER_BURST", "100000",
                "GATEWAY_TEAM_RATE", "100000", "GATEWAY_TEAM_BURST", "100000"));
        try {
            Process process = builder.start();
            List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        output.add(line);
                        if (line.contains("Headcount is ready")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process went away
                }
            }, "platform-output");
            reader.setDaemon(true);
            reader.start();
            if (!ready.await(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("platform not ready within " + STARTUP + ":\n" + tail(output));
            }
            return new PlatformProcess(process, ports, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        // its children (redis-server) first: a killed JVM cannot stop them, an operator's kill -9 would orphan them
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as Ctrl-C or an orchestrator sends it; returns how long the platform took to exit. */
    Duration stop() {
        long started = System.nanoTime();
        process.destroy();
        waitForExit(Duration.ofSeconds(60));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    String tail() {
        return tail(output);
    }

    private void waitForExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size()));
        }
    }

    static Path newDataDir() {
        try {
            return Files.createTempDirectory("headcount-platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



}
