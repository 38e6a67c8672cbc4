package io.headcount.plumbing.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a problem+json body from filters and security handlers, which run outside Spring MVC's advice. */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail, String field) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json(status, type, title, detail, field));
    }

    /** The problem for a bare status no handler explained (a container refusal, {@code /error}). */
    public static byte[] forStatus(HttpStatus status) {
        return json(status, "http-" + status.value(), status.getReasonPhrase(), detailOf(status), null);
    }

    public static byte[] json(HttpStatus status, String type, String title, String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return JSON.writeValueAsBytes(problem);
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request could not be read: check the URL, its percent-encoding and its headers";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED, NOT_IMPLEMENTED -> "this method is not supported here";
            case INTERNAL_SERVER_ERROR -> Problems.NOTHING_CHANGED;
            default -> status.getReasonPhrase();
        };
    }
}
