package io.headcount.gateway;

import io.headcount.testsupport.FreePorts;
import com.sun.net.httpserver.HttpServer;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.AtOnce;
import io.headcount.testsupport.RawHttp;
import io.headcount.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a stand-in service (a plain HTTP server that echoes what reached it). The whole platform
 * behind the real gateway is exercised by the end-to-end test in local-platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    /** Requests that reached the stand-in, by method and path. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> ARRIVALS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final HttpServer CANDIDATE_STAND_IN = echoServer();

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> TestTokens.issuer().jwkSetUri().toString());
        registry.add("CANDIDATE_SERVICE_URL", () -> "http://127.0.0.1:" + CANDIDATE_STAND_IN.getAddress().getPort());
        registry.add("OFFER_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.one());
        // the subscribers' services behind the same stand-in: which prefix reaches it is what is checked
        registry.add("WEBHOOK_SERVICE_URL", () -> "http://127.0.0.1:" + CANDIDATE_STAND_IN.getAddress().getPort());
        registry.add("INSIGHTS_SERVICE_URL", () -> "http://127.0.0.1:" + CANDIDATE_STAND_IN.getAddress().getPort());
        registry.add("GATEWAY_TIMEOUT", () -> "2s");
        registry.add("headcount.gateway.rate-limit.enabled", () -> "false"); // RateLimitIT covers them
    }

    @AfterAll
    static void stopStandIn() {
        CANDIDATE_STAND_IN.stop(0);
    }

    @Test
    void the_gateways_metrics_are_not_served_to_anonymous_callers_on_its_public_port() {
        Api.Response anonymous = Api.at(port).get("/actuator/prometheus");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("http_server_requests");
        assertThat(Api.at(port).as("alice").header("Accept", "text/plain").get("/actuator/prometheus").status())
                .isEqualTo(200);
    }

    @Test
    void a_call_without_a_token_is_refused_at_the_gateway_with_problem_json() {
        Api.Response response = Api.at(port).get("/api/v1/candidates/42");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> invalidTokens() {
        return TestTokens.invalidFor("alice").entrySet().stream()
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "a token {0} is refused at the gateway")
    @org.junit.jupiter.params.provider.MethodSource("invalidTokens")
    void a_token_that_only_looks_right_is_refused_before_routing(String why, String token) {
        Api.Response response = Api.at(port).withToken(token).get("/api/v1/candidates/42");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("path=");
    }

    @Test
    void a_verified_call_is_routed_by_prefix_with_its_token() {
        Api.Response response = Api.at(port).as("alice").get("/api/v1/candidates/42?x=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("path=/api/v1/candidates/42").contains("auth=Bearer ");
    }

    @Test
    void an_openapi_document_is_reachable_without_a_token() {
        Api.Response response = Api.at(port).get("/openapi/candidate-service");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("path=/v3/api-docs");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/v1/webhooks/endpoints/7/deliveries",
            "/api/v1/webhooks/deliveries/7", "/api/v1/insights/requisitions/7/funnel.svg", "/api/v1/insights/teams/a"})
    void the_webhook_and_insights_prefixes_are_routed_with_the_token(String path) {
        Api.Response response = Api.at(port).as("tess").get(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("path=" + path).contains("auth=Bearer ");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/openapi/webhook-service", "/openapi/insights-service"})
    void the_new_services_openapi_documents_are_reachable_without_a_token(String path) {
        Api.Response response = Api.at(port).get(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("path=/v3/api-docs");
    }

    @Test
    void the_asyncapi_document_and_its_page_are_public() {
        Api.Response document = Api.at(port).get("/asyncapi/asyncapi.json");
        Api.Response page = Api.at(port).header("Accept", "text/html").get("/asyncapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.json().at("/channels/candidate/address").asString()).isEqualTo("headcount.candidate.v1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("CandidateSourced.v1");
    }

    @Test
    void a_service_that_does_not_answer_gives_a_503_problem() {
        Api.Response response = Api.at(port).as("alice").get("/api/v1/offers/7");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("offer-service");
        assertThat(response.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void the_gateways_own_answers_carry_the_same_security_headers_on_the_fast_lane_and_the_full_path() {
        double answered = fastLane("answered");
        Api.Response fastLane = Api.at(port).as("alice").get("/api/v1/offers/8"); // unreachable: the fast lane's 503
        Api.Response fullPath = Api.at(port).get("/api/v1/offers/8"); // no token: Spring Security's 401

        assertThat(fastLane.status()).isEqualTo(503);
        org.awaitility.Awaitility.await().until(() -> fastLane("answered") == answered + 1);
        assertThat(fullPath.status()).isEqualTo(401);
        for (String header : List.of("Cache-Control", "Pragma", "Expires", "X-Content-Type-Options", "X-Frame-Options",
                "X-XSS-Protection")) {
            assertThat(fullPath.header(header)).as(header).isNotNull();
            assertThat(fastLane.header(header)).as(header).isEqualTo(fullPath.header(header));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} -> {2} problem+json")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            GET    | /no/such/route                       | 404
            GET    | /api/v1/candidates/a/../b            | 400
            GET    | /api/v1/candidates/1;jsessionid=x    | 400
            GET    | /api/v1/candidates/a%25b             | 400
            GET    | /api/v1/candidates/%00               | 400
            GET    | /api/v1/candidates/LONG_URI          | 414
            TRACE  | /api/v1/candidates                   | 400
            FOO    | /api/v1/candidates                   | 400
            """)
    void every_error_the_gateway_answers_itself_is_problem_json(String method, String target, int status) {
        String path = target.replace("LONG_URI", "x".repeat(9000));

        RawHttp.Response response = RawHttp.send(port, method, path, "Authorization: Bearer " + TestTokens.of("alice"),
                null);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    @Test
    void headers_too_large_are_a_431_problem() {
        RawHttp.Response response = RawHttp.send(port, "GET", "/api/v1/candidates/1",
                "X-Padding: " + "x".repeat(20_000), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(431);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_before_it_reaches_a_service() {
        RawHttp.Response response = RawHttp.send(port, "POST", "/api/v1/candidates",
                "Authorization: Bearer " + TestTokens.of("alice") + "\r\nContent-Type: application/json",
                ("{\"x\":\"" + "a".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_service_that_hangs_up_without_answering_is_a_503_problem_never_a_500() {
        Api.Response post = Api.at(port).as("alice").post("/api/v1/candidates/hang-up", "{}");
        Api.Response get = Api.at(port).as("alice").get("/api/v1/candidates/hang-up");

        assertThat(post.status()).as(post.toString()).isEqualTo(503);
        assertThat(post.contentType()).startsWith("application/problem+json");
        assertThat(get.status()).as(get.toString()).isEqualTo(503);
        // the service hangs up while the gateway is still sending it the body
        Api.Response early = Api.at(port).as("alice").post("/api/v1/candidates/hang-up-early",
                "{\"x\":\"" + "a".repeat(200_000) + "\"}");
        assertThat(early.status()).as(early.toString()).isIn(502, 503);
        assertThat(early.contentType()).startsWith("application/problem+json");
    }

    @Test
    void slow_answers_time_out_one_by_one_and_never_open_the_breaker_for_everyone() {
        Api alice = Api.at(port).as("alice");
        for (Api.Response response : AtOnce.run(25, i -> alice.get("/api/v1/candidates/slow-" + i))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        Api.Response fast = alice.get("/api/v1/candidates/42");

        assertThat(fast.status()).as("the breaker stayed closed: " + fast).isEqualTo(200);
    }

    @Test
    void many_concurrent_requests_to_one_service_are_all_forwarded() {
        Api alice = Api.at(port).as("alice");
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        for (Api.Response response : AtOnce.run(60, i -> alice.get("/api/v1/candidates/busy-" + run + "-" + i))) {
            // a semaphore bulkhead of 25 calls per route answered the rest with an immediate 503
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        assertThat(ARRIVALS.keySet().stream().filter(key -> key.contains("/busy-" + run + "-")))
                .as("each request reached the service once").hasSize(60);
        assertThat(ARRIVALS.entrySet().stream().filter(e -> e.getKey().contains("/busy-" + run + "-"))
                .mapToInt(e -> e.getValue().get()).sum()).isEqualTo(60);
    }

    @Test
    void a_plain_call_takes_the_fast_lane_with_its_query_body_and_trace() {
        double before = fastLane("answered");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Api.Response response = Api.at(port).as("alice")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").header("Accept", "text/plain")
                .post("/api/v1/candidates/plain?x=1&y=%C3%BC", "{\"name\":\"Ada\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).contains("path=/api/v1/candidates/plain", "auth=Bearer ", "query=x=1&y=%C3%BC",
                "body=14", "traceparent=00-" + traceId + "-", "text/plain]",
                "host=127.0.0.1:" + CANDIDATE_STAND_IN.getAddress().getPort())
                .doesNotContain("00f067aa0ba902b7") // the gateway's span is the service's parent
                .doesNotContain("*/*"); // the caller's Accept, not the proxy client's default
        // counted once the answer is out, which the client may see first
        org.awaitility.Awaitility.await().until(() -> fastLane("answered") == before + 1);
    }

    @Test
    void a_call_whose_token_does_not_verify_is_handed_to_the_full_path_which_refuses_it() {
        double before = fastLane("handed-over");

        Api.Response refused = Api.at(port).withToken(TestTokens.invalidFor("alice").values().iterator().next())
                .get("/api/v1/candidates/42");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(fastLane("handed-over")).isEqualTo(before + 1);
    }

    @Test
    void a_write_whose_service_hangs_up_is_sent_once_and_a_read_three_times() {
        Api alice = Api.at(port).as("alice");

        Api.Response write = alice.post("/api/v1/candidates/hang-up-once", "{}");
        Api.Response read = alice.get("/api/v1/candidates/hang-up-thrice");

        assertThat(write.status()).isEqualTo(503);
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.header("Retry-After")).isEqualTo("1");
        assertThat(ARRIVALS.get("POST /api/v1/candidates/hang-up-once")).hasValue(1);
        assertThat(ARRIVALS.get("GET /api/v1/candidates/hang-up-thrice")).hasValue(3);
    }

    private double fastLane(String outcome) {
        return meters.counter(FastLane.METER, "outcome", outcome).count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServer echoServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                ARRIVALS.computeIfAbsent(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                        key -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                if (exchange.getRequestURI().getPath().contains("/hang-up")) {
                    if (!exchange.getRequestURI().getPath().contains("early")) {
                        exchange.getRequestBody().readAllBytes();
                    }
                    exchange.close(); // no answer at all: the connection closes under the request
                    return;
                }
                if (exchange.getRequestURI().getPath().contains("/busy-")) {
                    pause(100); // a busy service: the requests overlap, each far within the gateway's time limit
                }
                if (exchange.getRequestURI().getPath().contains("/slow-")) {
                    pause(3_000); // a starved service: slower than the gateway's time limit
                }
                byte[] received = exchange.getRequestBody().readAllBytes();
                byte[] body = ("path=" + exchange.getRequestURI().getPath() + " auth="
                        + exchange.getRequestHeaders().getFirst("Authorization") + " query="
                        + exchange.getRequestURI().getRawQuery() + " body=" + received.length + " traceparent="
                        + exchange.getRequestHeaders().getFirst("traceparent") + " accept="
                        + exchange.getRequestHeaders().get("Accept") + " host="
                        + exchange.getRequestHeaders().getFirst("Host")).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
