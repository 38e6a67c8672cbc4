package io.headcount.local;

import io.headcount.testsupport.RawHttp;
import io.headcount.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 4xx a component answers by itself — the servlet container, the security firewall, Spring MVC, the
 * gateway's Netty — is application/problem+json, on each of the four applications, for requests no well-behaved
 * client sends but the internet does.
 */
class ErrorPathsIT {

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.get();
    }

    record Probe(String name, String method, String target, String headers, String body, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String JSON = "Content-Type: application/json";

    static List<Probe> serviceProbes() {
        return List.of(
                new Probe("raw NUL in the path", "GET", "{base}/%00", null, null, 400),
                new Probe("bad UTF-8 in the path", "GET", "{base}/%ff", null, null, 400),
                new Probe("bad UTF-8 in a query parameter", "GET", "{base}?cursor=%ff", null, null,
                        400),
                new Probe("a garbage cursor", "GET", "{base}?cursor=bm9wZQ", null, null, 400),
                new Probe("'[' in the query", "GET", "{base}?q=[", null, null, 400),
                new Probe("'..' in the path", "GET", "/api/v1/a/../requisitions", null, null, 400),
                new Probe(";jsessionid", "GET", "{base};jsessionid=1", null, null, 400),
                new Probe("encoded %", "GET", "{base}/a%25b", null, null, 400),
                new Probe("TRACE", "TRACE", "{base}", null, null, 405),
                new Probe("an unknown method", "FOO", "{base}", null, null, 400),
                new Probe("a method the resource lacks", "DELETE", "{base}", null, null, 405),
                new Probe("an unknown path", "GET", "/api/v1/nothing-here", null, null, 404),
                new Probe("an unknown path asking for HTML", "GET", "/nothing", "Accept: text/html", null, 404),
                new Probe("a very long id", "GET", "{base}/" + "a".repeat(10_000), null, null, 404),
                new Probe("a request line over the header limit", "GET", "{base}/"
                        + "a".repeat(20_000), null, null, 400),
                new Probe("headers over the limit", "GET", "{base}", "X-Padding: "
                        + "x".repeat(20_000), null, 400),
                new Probe("a body over the limit", "POST", "{post}", JSON, "{\"title\":\""
                        + "a".repeat(300_000) + "\"}", 413),
                new Probe("not JSON", "POST", "{post}", "Content-Type: text/plain", "hello", 415),
                new Probe("malformed JSON", "POST", "{post}", JSON, "{\"title\": ", 400),
                new Probe("an empty body", "POST", "{post}", JSON, "", 400),
                new Probe("a JSON array for an object", "POST", "{post}", JSON, "[1, 2]", 400),
                new Probe("deeply nested JSON", "POST", "{post}", JSON, "{\"title\": " + "[".repeat(5_000)
                        + "]".repeat(5_000) + "}", 400),
                new Probe("deeply nested objects", "POST", "{post}", JSON, "{\"a\":".repeat(5_000) + "1"
                        + "}".repeat(5_000), 400),
                new Probe("a non-ASCII Idempotency-Key", "POST", "{post}", JSON
                        + "\r\nIdempotency-Key: cl\u00e9", "{}", 400),
                new Probe("no token", "GET", "{base}", "Authorization: Basic eDp5", null, 401));
    }

    private static final java.util.Map<String, String> BASE_PATHS = java.util.Map.of(
            LocalPlatform.CANDIDATE_SERVICE, "/api/v1/requisitions",
            LocalPlatform.INTERVIEW_SERVICE, "/api/v1/interview-loops",
            LocalPlatform.OFFER_SERVICE, "/api/v1/offers",
            LocalPlatform.WEBHOOK_SERVICE, "/api/v1/webhooks/endpoints",
            LocalPlatform.INSIGHTS_SERVICE, "/api/v1/insights/requisitions");

    /** insights-service takes no writes: it has no POST to probe. */
    private static final java.util.Map<String, String> POST_PATHS = java.util.Map.of(
            LocalPlatform.CANDIDATE_SERVICE, "/api/v1/requisitions",
            LocalPlatform.INTERVIEW_SERVICE, "/api/v1/interview-loops/01a2251c8cc89df9ddde10e9e74f3543/decisions",
            LocalPlatform.OFFER_SERVICE, "/api/v1/offers",
            LocalPlatform.WEBHOOK_SERVICE, "/api/v1/webhooks/endpoints");

    /** A user each service's base path allows, so what is probed is the edge, not the role check. */
    private static final java.util.Map<String, String> USERS = java.util.Map.of(
            LocalPlatform.WEBHOOK_SERVICE, "tess");

    static Stream<Arguments> everyServiceAndProbe() {
        return BASE_PATHS.entrySet().stream().flatMap(service -> serviceProbes().stream()
                .filter(probe -> POST_PATHS.containsKey(service.getKey()) || !probe.target().contains("{post}"))
                // the insights list is not paged: it reads no cursor to garble
                .filter(probe -> !(service.getKey().equals(LocalPlatform.INSIGHTS_SERVICE)
                        && probe.target().contains("cursor=")))
                .map(probe -> Arguments.of(
                service.getKey(), new Probe(probe.name(), probe.method(), probe.target()
                        .replace("{base}", service.getValue())
                        .replace("{post}", POST_PATHS.getOrDefault(service.getKey(), "")),
                        probe.headers(), probe.body(), probe.status()))));
    }

    static List<Probe> gatewayProbes() {
        return List.of(
                new Probe("an unrouted path", "GET", "/no/such/route", null, null, 404),
                new Probe("'..' in the path", "GET", "/api/v1/candidates/a/../b", null, null, 400),
                new Probe(";jsessionid", "GET", "/api/v1/candidates;jsessionid=1", null, null, 400),
                new Probe("encoded %", "GET", "/api/v1/candidates/a%25b", null, null, 400),
                new Probe("a URI over the line limit", "GET", "/api/v1/candidates/" + "a".repeat(9_000), null, null,
                        414),
                new Probe("headers over the limit", "GET", "/api/v1/candidates", "X-Padding: " + "x".repeat(20_000),
                        null, 431),
                new Probe("TRACE", "TRACE", "/api/v1/candidates", null, null, 400),
                new Probe("a body over the limit", "POST", "/api/v1/candidates", JSON, "{\"x\":\""
                        + "a".repeat(300_000) + "\"}", 413),
                new Probe("raw NUL routed to a service", "GET", "/api/v1/requisitions/%00", null, null, 400),
                new Probe("bad UTF-8 query routed to a service", "GET", "/api/v1/requisitions?cursor=%ff", null, null,
                        400));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyServiceAndProbe")
    void a_service_answers_every_error_as_problem_json(String service, Probe probe) {
        check(platform.portOf(service), probe, USERS.getOrDefault(service, "alice"));
    }

    @ParameterizedTest(name = "gateway: {0}")
    @MethodSource("gatewayProbes")
    void the_gateway_answers_every_error_as_problem_json(Probe probe) {
        check(platform.portOf(LocalPlatform.GATEWAY), probe, "alice");
    }

    private static void check(int port, Probe probe, String user) {
        String authorization = "Authorization: Bearer " + TestTokens.of(user);
        String headers = probe.headers() == null ? authorization
                : probe.headers().startsWith("Authorization") ? probe.headers() : authorization + "\r\n"
                + probe.headers();
        RawHttp.Response response = RawHttp.send(port, probe.method(), probe.target(), headers,
                probe.body() == null ? null : probe.body().getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.toString()).isEqualTo(probe.status());
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body()).as("a problem body, short").contains("\"status\":" + probe.status())
                .hasSizeLessThan(3000);
    }
}
