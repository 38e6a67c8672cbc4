package io.headcount.local.fault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A main class of this test classpath in a JVM of its own, started when it prints its ready line. */
final class ChildJvm {

    private final Process process;
    private final List<String> output;

    private ChildJvm(Process process, List<String> output) {
        this.process = process;
        this.output = output;
    }

    static ChildJvm start(String mainClass, List<String> args, String maxHeap, Map<String, String> env,
                          String readyLine, Duration patience) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        output.add(line);
                        if (line.contains(readyLine)) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process went away
                }
            }, mainClass + "-output");
            reader.setDaemon(true);
            reader.start();
            ChildJvm started = new ChildJvm(process, output);
            if (!ready.await(patience.toSeconds(), TimeUnit.SECONDS)) {
                started.kill();
                throw new IllegalStateException(mainClass + " not ready within " + patience + "; first errors:\n"
                        + started.firstErrors() + "\nlast lines:\n" + started.tail());
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, its own children first: a killed JVM cannot stop them, an operator's kill -9 would orphan them. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30), "SIGKILL");
    }

    /** SIGTERM, as Ctrl-C or an orchestrator sends it; returns how long the process took to exit. */
    Duration stop() {
        long started = System.nanoTime();
        process.destroy();
        awaitExit(Duration.ofSeconds(60), "SIGTERM");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The first lines that report an error (a port taken, a store that would not open), which the tail misses. */
    String firstErrors() {
        synchronized (output) {
            return String.join("\n", output.stream().filter(line -> line.contains("ERROR")
                    || line.contains("Exception") || line.contains("Caused by")).limit(20).toList());
        }
    }

    String tail() {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size()));
        }
    }

    /** Whether a line it printed so far contains the text. */
    boolean printed(String text) {
        synchronized (output) {
            return output.stream().anyMatch(line -> line.contains(text));
        }
    }

    /**
     * A JVM that does not exit when told to is a failure of the test, not something to hide: it is killed so it
     * leaks nothing, and the test fails with its last lines.
     */
    private void awaitExit(Duration patience, String signal) {
        try {
            if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("the child JVM did not exit within " + patience + " of " + signal
                        + "; last lines:\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child JVM to exit", e);
        }
    }
}
