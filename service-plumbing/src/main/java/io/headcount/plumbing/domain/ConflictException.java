package io.headcount.plumbing.domain;

/** The request is valid but clashes with the current state (a duplicate, a step out of order). HTTP 409. */
public class ConflictException extends RuntimeException {

    private final String existingResource;

    public ConflictException(String message) {
        this(message, null);
    }

    /** @param existingResource path of the record the request collides with, e.g. {@code /api/v1/candidates/42} */
    public ConflictException(String message, String existingResource) {
        super(message);
        this.existingResource = existingResource;
    }

    public String existingResource() {
        return existingResource;
    }
}
