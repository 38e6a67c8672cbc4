package io.headcount.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nobody listens on right now, for processes a test starts. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int one() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of {@code count} consecutive free ports (the local platform's stores sit on consecutive ports). */
    public static int firstOfConsecutive(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = one();
            boolean free = first + count - 1 < 65536;
            for (int port = first + 1; free && port < first + count; port++) {
                free = isFree(port);
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
