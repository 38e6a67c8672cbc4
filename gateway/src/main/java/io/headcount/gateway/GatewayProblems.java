package io.headcount.gateway;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/** The gateway's own answers, RFC 9457 problem+json like the services'. */
final class GatewayProblems {

    static final String TYPE_BASE = "https://headcount.io/problems/";

    private GatewayProblems() {
    }

    static String json(int status, String type, String title, String detail) {
        return "{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** A service that cannot be reached, or not in time: the breaker's fallback and the fast lane answer this. */
    static Mono<Void> unavailable(ServerHttpResponse response, String service) {
        response.getHeaders().set("Retry-After", "1");
        return write(response, HttpStatus.SERVICE_UNAVAILABLE, unavailable(service));
    }

    private static String unavailable(String service) {
        return json(503, "service-unavailable", "Service unavailable", service
                + " is not answering; retry shortly (POSTs are safe to retry with the same Idempotency-Key)");
    }

    static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return json(status, "http-" + status, title, detailFor(status, title));
    }

    static String detailFor(int status, String title) {
        return switch (status) {
            case 400 -> "the request could not be read: check the URL, its percent-encoding and its headers";
            case 404 -> "no API route matches this path";
            case 405 -> "this method is not supported here";
            case 413 -> "the request body is too large";
            case 414 -> "the URL is too long";
            case 431 -> "the request headers are too large";
            case 500 -> "something went wrong in the gateway";
            default -> title;
        };
    }

    static Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, String json) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove("Content-Length");
        DataBuffer body = response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
