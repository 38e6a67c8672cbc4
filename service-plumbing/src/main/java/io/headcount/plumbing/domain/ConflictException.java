package io.headcount.plumbing.domain;

/** The request is valid but clashes with the current state (a duplicate, a step out of order). HTTP 409. */
public class ConflictException extends RuntimeException {

    private final ResourceRef existing;
    private final java.time.Duration retryAfter;

    public ConflictException(String message) {
        this(message, null);
    }

    /** @param existing the record the request collides with (the answer links to it), or null */
    public ConflictException(String message, ResourceRef existing) {
        this(message, existing, null);
    }

    private ConflictException(String message, ResourceRef existing, java.time.Duration retryAfter) {
        super(message);
        this.existing = existing;
        this.retryAfter = retryAfter;
    }

    /**
     * A conflict that may resolve by itself once an event on its way has arrived (answered with
     * {@code Retry-After}).
     */
    public static ConflictException retryable(String message, java.time.Duration after) {
        return new ConflictException(message, null, after);
    }

    /** When asking again may succeed; null when only a change by someone will. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    /** The record the request collides with; null when there is none to point at. */
    public ResourceRef existing() {
        return existing;
    }
}
