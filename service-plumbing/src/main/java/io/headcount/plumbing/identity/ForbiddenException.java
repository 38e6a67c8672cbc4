package io.headcount.plumbing.identity;

/** The caller is known but lacks the role or team for this action. HTTP 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
