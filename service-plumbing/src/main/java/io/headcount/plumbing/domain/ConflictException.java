package io.headcount.plumbing.domain;

/** The request is valid but clashes with the current state (a duplicate, a step out of order). HTTP 409. */
public class ConflictException extends RuntimeException {

    private final String existingResource;
    private final java.time.Duration retryAfter;

    public ConflictException(String message) {
        this(message, null);
    }

    /** @param existingResource path of the record the request collides with, e.g. {@code /api/v1/candidates/42} */
    public ConflictException(String message, String existingResource) {
        this(message, existingResource, null);
    }

    private ConflictException(String message, String existingResource, java.time.Duration retryAfter) {
        super(message);
        this.existingResource = existingResource;
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

    public String existingResource() {
        return existingResource;
    }
}
