package io.headcount.local.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real Kafka broker (KRaft) in a child JVM on a log folder that survives its restarts. */
final class BrokerProcess implements AutoCloseable {

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private ChildJvm jvm;

    BrokerProcess(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    synchronized BrokerProcess start() {
        jvm = ChildJvm.start("io.headcount.local.BrokerMain", List.of(logDir.toString(), String.valueOf(port),
                String.valueOf(controllerPort)), "384m", Map.of(), "BROKER READY", Duration.ofSeconds(60));
        return this;
    }

    synchronized boolean isRunning() {
        return jvm != null && jvm.isAlive();
    }

    /** Gone at once, as a crashed broker or a cut network cable is. */
    synchronized void kill() {
        if (jvm != null) {
            jvm.kill();
            jvm = null;
        }
    }

    @Override
    public void close() {
        kill();
    }
}
