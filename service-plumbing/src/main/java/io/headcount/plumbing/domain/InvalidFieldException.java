package io.headcount.plumbing.domain;

/** A field breaks a domain rule that bean validation cannot express. HTTP 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
