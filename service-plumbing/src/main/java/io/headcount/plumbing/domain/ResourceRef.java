package io.headcount.plumbing.domain;

import java.util.Objects;

/**
 * A record the domain refers to by kind and id (the one a request collides with, say); the web layer turns it into
 * a link ({@code io.headcount.plumbing.web.ResourceLinks}), so no model or use case knows a URL.
 */
public record ResourceRef(Kind kind, String id) {

    /** The kinds of record a conflict or a remembered response can point at. */
    public enum Kind {
        CANDIDATE, INTERVIEW, SCORECARD, TAKE_HOME, OFFER, PAY_BAND
    }

    public ResourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ResourceRef candidate(String id) {
        return new ResourceRef(Kind.CANDIDATE, id);
    }

    public static ResourceRef interview(String id) {
        return new ResourceRef(Kind.INTERVIEW, id);
    }

    public static ResourceRef scorecard(String id) {
        return new ResourceRef(Kind.SCORECARD, id);
    }

    public static ResourceRef takeHome(String id) {
        return new ResourceRef(Kind.TAKE_HOME, id);
    }

    public static ResourceRef offer(String id) {
        return new ResourceRef(Kind.OFFER, id);
    }

    public static ResourceRef payBand(String id) {
        return new ResourceRef(Kind.PAY_BAND, id);
    }

    /** The reference, or null when there is no id (nothing found to point at). */
    public static ResourceRef ofNullable(Kind kind, String id) {
        return id == null ? null : new ResourceRef(kind, id);
    }
}
