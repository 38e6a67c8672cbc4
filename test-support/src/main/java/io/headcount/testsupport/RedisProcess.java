package io.headcount.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real Redis server ({@code redis-server} from the Debian package) as a child process on a port of its own, with
 * no persistence: rate-limit buckets are worthless after a restart. For the local platform and tests; production
 * points the gateway at its Redis.
 */
public final class RedisProcess implements AutoCloseable {

    private static volatile RedisProcess forTests;

    private final Process process;
    private final int port;

    private RedisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The redis-server on the PATH, if there is one. */
    public static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Starts redis-server on {@code port} (0: any free one) and waits until it accepts connections. */
    public static RedisProcess start(int port) {
        Path redis = executable().orElseThrow(() -> new IllegalStateException(
                "redis-server is not installed (Debian: apt-get install redis-server)"));
        int chosen = port == 0 ? freePort() : port;
        if (accepts(chosen)) {
            // e.g. left over from a platform killed with SIGKILL: use it rather than fail
            System.out.println("using the Redis already listening on port " + chosen);
            return new RedisProcess(null, chosen);
        }
        try {
            Process process = new ProcessBuilder(List.of(redis.toString(), "--port", String.valueOf(chosen),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                    "--loglevel", "warning"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!accepts(chosen)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("redis-server did not start on port " + chosen);
                }
                Thread.onSpinWait();
            }
            return new RedisProcess(process, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Redis per test JVM, started on first use. */
    public static RedisProcess forTests() {
        if (forTests == null) {
            synchronized (RedisProcess.class) {
                if (forTests == null) {
                    forTests = start(0);
                    Runtime.getRuntime().addShutdownHook(new Thread(forTests::close, "redis-shutdown"));
                }
            }
        }
        return forTests;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
