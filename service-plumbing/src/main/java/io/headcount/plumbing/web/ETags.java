package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.StaleVersionException;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** Strong ETags derived from the record's version: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record's ETag, so the caller can send it back as If-Match. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 with Location and the new record's ETag. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
    }

    /**
     * The version the caller read, from {@code If-Match}. Missing → 428 (we never guess); {@code *} → any version;
     * not a version of ours → 412.
     */
    public static ExpectedVersion expectedVersion(String ifMatch, String resource, String id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ExpectedVersion.any();
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return ExpectedVersion.exactly(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new StaleVersionException(resource, id);
        }
    }
}
