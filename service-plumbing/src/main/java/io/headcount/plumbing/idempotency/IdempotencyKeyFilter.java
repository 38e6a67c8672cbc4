package io.headcount.plumbing.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.headcount.plumbing.web.CachedBodyRequest;
import io.headcount.plumbing.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes POST retries safe: a request with an {@code Idempotency-Key} that was already answered gets the first
 * answer again (status, Location, ETag, body) and creates nothing. Keys are scoped to the caller and the path.
 * The same key with a different body is refused (422); a key whose first request is still running gets 409.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final List<String> REPLAYED_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);
    private static final int MAX_KEY_LENGTH = 255;
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final IdempotencyKeyStore store;
    private final Counter replays;

    public IdempotencyKeyFilter(IdempotencyKeyStore store, MeterRegistry meters) {
        this.store = store;
        this.replays = Counter.builder("headcount.idempotency.replays")
                .description("Requests answered with the stored response of an earlier one under the same key")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "header '" + HEADER + "': must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters",
                    HEADER);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scopedKey = caller() + " " + request.getRequestURI() + " " + key;
        String hash = sha256(canonical(body));

        Optional<IdempotencyKeyStore.Entry> existing = store.find(scopedKey);
        if (existing.isPresent() && existing.get().abandoned()) {
            store.release(scopedKey);
            existing = Optional.empty();
        }
        if (existing.isEmpty() && store.claim(scopedKey, hash)) {
            executeFirst(new CachedBodyRequest(request, body), response, chain, scopedKey);
            return;
        }
        answerRepeat(response, existing.or(() -> store.find(scopedKey)), hash);
    }

    private void executeFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              String scopedKey) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                store.complete(scopedKey, new IdempotencyKeyStore.StoredResponse(recorded.getStatus(),
                        headersOf(recorded), recorded.getContentAsByteArray()));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(scopedKey);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRepeat(HttpServletResponse response, Optional<IdempotencyKeyStore.Entry> entry, String hash)
            throws IOException {
        if (entry.isEmpty() || entry.get().response() == null) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "idempotency-in-progress", "Request in progress",
                    "a request with this Idempotency-Key is still being processed; retry shortly", HEADER);
            return;
        }
        if (!entry.get().requestHash().equals(hash)) {
            ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", "this Idempotency-Key was used with a different request body", HEADER);
            return;
        }
        IdempotencyKeyStore.StoredResponse stored = entry.get().response();
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(stored.body());
        replays.increment();
    }

    private static Map<String, String> headersOf(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /**
     * The body as canonical JSON (keys sorted at every level), so a retry that serialises the same object with
     * its keys in another order is the same request; a body that is not JSON is compared byte for byte.
     */
    static byte[] canonical(byte[] body) {
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.readValue(body, Object.class));
        } catch (JacksonException | IllegalArgumentException notJson) {
            return body;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
