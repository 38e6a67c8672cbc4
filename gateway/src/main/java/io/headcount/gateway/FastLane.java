package io.headcount.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerHttpObservationDocumentation;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.header.CacheControlServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XXssProtectionServerHttpHeadersWriter;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The gateway's fast lane. A plain API call — a route of {@link FastLaneRoutes}, a path of plain segments, a standard
 * method, no body or a declared one within the limit, a bearer token that verifies, the route's breaker closed — is
 * forwarded by Reactor Netty straight from the server's request to the service and back, with the same token check,
 * rate limits, time limit, breaker and traces as the full path, but without the WebFlux exchange, Spring Security's
 * filter chain and Spring Cloud Gateway's filter chain: those cost ~3 ms of CPU a request on two cores, ~8× a bare
 * proxy hop (GatewayOverheadBenchmark).
 * <p>
 * A bodiless read whose service refused the connection or closed it without an answer is sent again as the
 * gateway's {@code Retry} filter says ({@link ReadRetries}: twice, 50 and 100 ms later); nothing else is ever sent
 * twice. A service that cannot be reached, or not in time, is a 503 problem
 * with {@code Retry-After}, counted by the route's breaker as the full path counts it.
 * <p>
 * Everything else takes the full path, which answers it exactly as before: a missing or refused token (401), an odd
 * URL (400), a body over the limit or of unknown length (413 or counted), an open or half-open breaker (503 and its
 * probes). A call is handed over before anything of it was sent.
 */
final class FastLane {

    /** Plain path segments only: anything else (encodings, dot segments, ';', '//') is for the full path. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?");
    private static final Set<HttpMethod> METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** Hop-by-hop headers, and Host: the service's, set by the client. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");
    /** Counts calls by {@code outcome}: {@code answered} by the fast lane, or {@code handed-over} to the full path. */
    static final String METER = "headcount.gateway.fast.lane";
    private static final String HANDED_OVER = FastLane.class.getName() + ".handedOver";
    /** Spring Security's default response headers (HeaderWriterWebFilter's writers as configured by default). */
    private static final org.springframework.http.HttpHeaders SECURITY_HEADERS = securityDefaults();
    private static final DefaultServerRequestObservationConvention CONVENTION =
            new DefaultServerRequestObservationConvention();

    private final FastLaneRoutes routes;
    private final HttpClient client;
    private final ReactiveJwtDecoder tokens;
    private final RateLimits rateLimits;
    private final long maxBodyBytes;
    private final ObservationRegistry observations;
    private final Propagator propagator;
    private final Counter answered;
    private final Counter handedOver;

    /** {@code rateLimits} and {@code propagator} may be null: limits off, no tracing. */
    FastLane(FastLaneRoutes routes, HttpClient client, ReactiveJwtDecoder tokens, RateLimits rateLimits,
             long maxBodyBytes, ObservationRegistry observations, Propagator propagator, MeterRegistry meters) {
        this.routes = routes;
        this.client = client;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
        this.maxBodyBytes = maxBodyBytes;
        this.observations = observations;
        this.propagator = propagator;
        this.answered = lane(meters, "answered");
        this.handedOver = lane(meters, "handed-over");
    }

    private static Counter lane(MeterRegistry meters, String outcome) {
        return Counter.builder(METER).tag("outcome", outcome)
                .description("API calls the fast lane answered, or began and handed to the full path")
                .register(meters);
    }

    /** The full path ({@code fullPath}) with the fast lane in front of it. */
    HttpHandler before(HttpHandler fullPath) {
        return (request, response) -> {
            FastLaneRoutes.Route route = routeFor(request);
            HttpServerRequest in = route == null ? null : nativeOf(request);
            HttpServerResponse out = route == null ? null : nativeOf(response);
            if (in == null || out == null) {
                return fullPath.handle(request, response);
            }
            String token = bearerToken(in.requestHeaders());
            if (token == null) {
                return fullPath.handle(request, response);
            }
            return tokens.decode(token)
                    .map(Optional::of)
                    .onErrorReturn(Optional.empty()) // refused: the full path answers 401 and says why
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(verified -> verified.isEmpty() ? handOver(fullPath, request, response)
                            : limited(verified.get(), route, request, response, in, out, fullPath));
        };
    }

    private FastLaneRoutes.Route routeFor(ServerHttpRequest request) {
        if (!METHODS.contains(HttpMethod.valueOf(request.getMethod().name()))) {
            return null;
        }
        var headers = request.getHeaders();
        long length = headers.getContentLength();
        if (length > maxBodyBytes || headers.containsHeader("Transfer-Encoding")) {
            return null;
        }
        String path = request.getURI().getRawPath();
        if (path == null || !PLAIN_PATH.matcher(path).matches()) {
            return null;
        }
        FastLaneRoutes.Route route = routes.match(path);
        return route != null && route.breaker().getState() == CircuitBreaker.State.CLOSED ? route : null;
    }

    private Mono<Void> limited(Jwt jwt, FastLaneRoutes.Route route, ServerHttpRequest request,
                               ServerHttpResponse response, HttpServerRequest in, HttpServerResponse out,
                               HttpHandler fullPath) {
        Mono<Long> admission = rateLimits == null ? Mono.just(0L) : rateLimits.admit(RateLimits.buckets(jwt));
        return admission.flatMap(retryAfterMillis -> {
            Observation observation = observe(route, request, response);
            Mono<Void> answer = retryAfterMillis > 0 ? RateLimits.tooMany(securityHeaders(response), retryAfterMillis)
                    : forward(route, in, out, observation, request, response, fullPath);
            return answer.doFinally(signal -> {
                if (!observation.getContext().containsKey(HANDED_OVER)) {
                    answered.increment();
                    observation.stop(); // a request handed over is observed by the full path
                }
            });
        });
    }

    private Observation observe(FastLaneRoutes.Route route, ServerHttpRequest request, ServerHttpResponse response) {
        ServerRequestObservationContext context = new ServerRequestObservationContext(request, response,
                new HashMap<>());
        context.setPathPattern(route.pattern());
        return ServerHttpObservationDocumentation.HTTP_REACTIVE_SERVER_REQUESTS
                .observation(null, CONVENTION, () -> context, observations).start();
    }

    private Mono<Void> forward(FastLaneRoutes.Route route, HttpServerRequest in, HttpServerResponse out,
                               Observation observation, ServerHttpRequest request, ServerHttpResponse response,
                               HttpHandler fullPath) {
        CircuitBreaker breaker = route.breaker();
        if (!breaker.tryAcquirePermission()) {
            observation.getContext().put(HANDED_OVER, true);
            return handOver(fullPath, request, response);
        }
        long started = System.nanoTime();
        ReadRetries retries = routes.readRetries();
        boolean sentAgainSafely = retries.covers(in.method().name())
                && in.requestHeaders().getInt(HttpHeaderNames.CONTENT_LENGTH, 0) == 0;
        return client.request(in.method())
                .uri(route.uri() + in.uri())
                .send((upstream, body) -> {
                    // the caller's headers replace the client's defaults (Accept, User-Agent); Host is the service's
                    HttpHeaders headers = upstream.requestHeaders();
                    HttpHeaders incoming = in.requestHeaders();
                    for (String name : incoming.names()) {
                        if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                            headers.set(name, incoming.getAll(name));
                        }
                    }
                    traceParentInto(headers, observation);
                    return sentAgainSafely ? body : body.send(in.receive().retain());
                })
                .response((answer, body) -> {
                    out.status(answer.status());
                    answer.responseHeaders().forEach(header -> {
                        if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                            out.responseHeaders().add(header.getKey(), header.getValue());
                        }
                    });
                    return out.send(body.retain());
                })
                .then()
                // a bodiless read whose service refused the connection or closed it unanswered goes again
                .retryWhen(retries.backoff()
                        .filter(failure -> sentAgainSafely && !out.hasSentHeaders() && retries.retriesOn(failure))
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .timeout(route.timeout())
                .doOnSuccess(done -> breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS))
                .onErrorResume(failure -> {
                    breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
                    observation.error(failure);
                    if (out.hasSentHeaders()) {
                        return Mono.error(failure);
                    }
                    return GatewayProblems.unavailable(securityHeaders(response), route.service());
                });
    }

    /**
     * The fast lane's own answers carry the response headers Spring Security's defaults give every answer of the
     * full path (forwarded answers carry the service's own, which sets the same).
     */
    private static ServerHttpResponse securityHeaders(ServerHttpResponse response) {
        SECURITY_HEADERS.forEach(response.getHeaders()::putIfAbsent);
        return response;
    }

    private Mono<Void> handOver(HttpHandler fullPath, ServerHttpRequest request, ServerHttpResponse response) {
        handedOver.increment();
        return fullPath.handle(request, response);
    }

    private void traceParentInto(HttpHeaders headers, Observation observation) {
        if (propagator == null) {
            return;
        }
        TracingObservationHandler.TracingContext tracing = observation.getContext()
                .get(TracingObservationHandler.TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        if (span != null) {
            propagator.inject(span.context(), headers, HttpHeaders::set);
        }
    }

    private static org.springframework.http.HttpHeaders securityDefaults() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.set(org.springframework.http.HttpHeaders.CACHE_CONTROL,
                CacheControlServerHttpHeadersWriter.CACHE_CONTROL_VALUE);
        headers.set(org.springframework.http.HttpHeaders.PRAGMA, CacheControlServerHttpHeadersWriter.PRAGMA_VALUE);
        headers.set(org.springframework.http.HttpHeaders.EXPIRES, CacheControlServerHttpHeadersWriter.EXPIRES_VALUE);
        headers.set(ContentTypeOptionsServerHttpHeadersWriter.X_CONTENT_OPTIONS,
                ContentTypeOptionsServerHttpHeadersWriter.NOSNIFF);
        headers.set(XFrameOptionsServerHttpHeadersWriter.X_FRAME_OPTIONS,
                XFrameOptionsServerHttpHeadersWriter.Mode.DENY.name());
        headers.set(XXssProtectionServerHttpHeadersWriter.X_XSS_PROTECTION, "0");
        return org.springframework.http.HttpHeaders.readOnlyHttpHeaders(headers);
    }

    private static String bearerToken(io.netty.handler.codec.http.HttpHeaders headers) {
        String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private static HttpServerRequest nativeOf(ServerHttpRequest request) {
        Object inner = ServerHttpRequestDecorator.getNativeRequest(request);
        return inner instanceof HttpServerRequest netty ? netty : null;
    }

    private static HttpServerResponse nativeOf(ServerHttpResponse response) {
        Object inner = ServerHttpResponseDecorator.getNativeResponse(response);
        return inner instanceof HttpServerResponse netty ? netty : null;
    }
}
