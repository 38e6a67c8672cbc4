package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.StaleVersionException;

/** Strong ETags derived from the record's version: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller read, from {@code If-Match}. Missing → 428 (we never guess); not a version of ours → 412.
     */
    public static long expectedVersion(String ifMatch, String resource, String id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleVersionException(resource, id);
        }
    }
}
