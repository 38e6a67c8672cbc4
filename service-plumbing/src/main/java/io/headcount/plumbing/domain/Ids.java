package io.headcount.plumbing.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** Record ids that sort by creation time (48-bit millis + 80 random bits, hex), so cursors page in creation order. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(Instant now) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return String.format("%012x", now.toEpochMilli()) + HexFormat.of().formatHex(random);
    }
}
