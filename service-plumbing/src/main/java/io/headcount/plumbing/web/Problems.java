package io.headcount.plumbing.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds the RFC 9457 problem documents Headcount answers with. */
public final class Problems {

    public static final String TYPE_BASE = "https://headcount.io/problems/";
    /** The detail of every 500: the only thing a client needs to know about it. */
    public static final String NOTHING_CHANGED = "something went wrong on our side; nothing was changed by a failed "
            + "write";

    private Problems() {
    }

    private static final int MAX_DETAIL = 500;

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, shortened(detail));
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** A 400 naming each offending field; {@code detail} repeats the first so a human sees it at once. */
    public static ProblemDetail invalidFields(List<FieldError> errors) {
        FieldError first = errors.get(0);
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                first.field() == null ? first.message() : "field '" + first.field() + "': " + first.message());
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }

    /** Details may quote what the client sent (an id, a value): never echo megabytes back. */
    static String shortened(String text) {
        return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }

    public record FieldError(String field, String message) {

        public FieldError {
            field = shortened(field);
            message = shortened(message);
        }

        Map<String, String> asMap() {
            return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
        }
    }
}
