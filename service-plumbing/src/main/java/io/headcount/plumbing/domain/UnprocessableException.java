package io.headcount.plumbing.domain;

/**
 * The request is well-formed and the records exist, but what it asks cannot be computed as asked (e.g. comparing
 * amounts in two currencies). HTTP 422, naming the field when there is one.
 */
public class UnprocessableException extends RuntimeException {

    private final String field;

    public UnprocessableException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
