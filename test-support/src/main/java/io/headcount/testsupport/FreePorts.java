package io.headcount.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports nobody listens on right now, for processes a test starts. They are taken below the kernel's ephemeral range:
 * a port the kernel handed out ({@code new ServerSocket(0)}) is one it may give, a moment later, to any outgoing
 * connection of this machine as its local port — and then the process the test starts cannot bind it (a
 * {@code CrashDurabilityIT} run lost two minutes and failed that way). No port is handed out twice per JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int one() {
        return firstOfConsecutive(1);
    }

    /** The first of {@code count} consecutive free ports (the local platform's stores sit on consecutive ports). */
    public static int firstOfConsecutive(int count) {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(LOWEST, below - count);
            boolean free = true;
            for (int port = first; free && port < first + count; port++) {
                free = !HANDED_OUT.contains(port) && isFree(port);
            }
            if (free) {
                for (int port = first; port < first + count; port++) {
                    HANDED_OUT.add(port);
                }
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports between " + LOWEST + " and " + below);
    }

    /** Where outgoing connections' local ports start (Linux: net.ipv4.ip_local_port_range; 32768 elsewhere). */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
