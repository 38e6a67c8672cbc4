package io.headcount.plumbing.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** Record ids that sort by creation time (48-bit millis + 80 random bits, hex), so cursors page in creation order. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * A record id derived from a key (32 hex digits of its SHA-256): the same key always gives the same id, so
     * seeding or snapshotting the same thing twice, even concurrently, stores it once.
     */
    public static String derivedFrom(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String next(Instant now) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return String.format("%012x", now.toEpochMilli()) + HexFormat.of().formatHex(random);
    }
}
