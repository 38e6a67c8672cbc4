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

    /** The first of four consecutive free ports (the local platform's stores sit on consecutive ports). */
    public static int firstOfFour() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = one();
            if (first + 3 < 65536 && isFree(first + 1) && isFree(first + 2) && isFree(first + 3)) {
                return first;
            }
        }
        throw new IllegalStateException("no four consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
