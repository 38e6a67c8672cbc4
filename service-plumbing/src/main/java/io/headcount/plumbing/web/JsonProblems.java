package io.headcount.plumbing.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a body Jackson could not read into the field it concerns and what that field expects. */
public final class JsonProblems {

    private static final int MAX_ECHO = 64;

    private JsonProblems() {
    }

    /** From the exception, or the first Jackson exception among its causes (which knows the field's path). */
    public static Problems.FieldError fieldErrorOf(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson)) {
            return new Problems.FieldError(null, "the request body is missing or is not valid JSON");
        }
        String field = path(jackson);
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new Problems.FieldError(field, echo(invalid.getValue()) + " is not "
                    + oneOf(invalid.getTargetType()));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && invalid.getValue() instanceof String) { // text refused by StrictJson
            return new Problems.FieldError(field, invalid.getOriginalMessage());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Problems.FieldError(field, "is not a field of this request");
        }
        if (cause instanceof InputCoercionException coercion) {
            return new Problems.FieldError(field, "is out of range: " + expectation(coercion.getTargetType()));
        }
        if (cause instanceof StreamConstraintsException) {
            return new Problems.FieldError(field, "is too long or too deeply nested");
        }
        if (cause instanceof StreamReadException malformed && malformed.getLocation() != null) {
            return new Problems.FieldError(field, "malformed JSON at line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr());
        }
        if (cause instanceof MismatchedInputException mismatched && field != null) {
            return new Problems.FieldError(field, expectation(mismatched.getTargetType()));
        }
        if (field != null && cause.getCause() instanceof java.time.DateTimeException) {
            return new Problems.FieldError(field, "is not a date or time this API can store");
        }
        if (field != null) {
            return new Problems.FieldError(field, "has an invalid value");
        }
        return new Problems.FieldError(null, "the request body is missing or is not valid JSON");
    }

    /** What a value of {@code type} looks like in JSON. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a JSON string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date string like 2027-02-01";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be a UTC time string like 2026-12-15T17:00:00Z";
        }
        if (type.isEnum()) {
            return "must be " + oneOf(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be a JSON object";
        }
        return "has the wrong type";
    }

    /** "one of A, B, C": the values of an enum type. */
    public static String oneOf(Class<?> enumType) {
        return "one of " + Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    /** A client's value, quoted and cut short: an error must not echo a 10 MB value back. */
    public static String echo(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…") + "'";
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
