package io.headcount.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import com.sun.net.httpserver.HttpServer;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas on one real Redis draw on one budget per user and per team: the limit holds however the
 * requests are spread over the replicas, and going over it is a 429 problem with Retry-After, never forwarded.
 */
class RateLimitIT {

    private static final int USER_BURST = 4;
    private static final int TEAM_BURST = 6;

    private static HttpServer service;
    /** The gateway's connections the service saw (its pool's, one per address). */
    private static final Set<InetSocketAddress> CONNECTIONS = ConcurrentHashMap.newKeySet();
    private static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();

    @BeforeAll
    static void startTwoGatewaysOnOneRedis() {
        service = TestGateways.okService(exchange -> CONNECTIONS.add(exchange.getRemoteAddress()));
        for (int replica = 0; replica < 2; replica++) {
            gateways.add(TestGateways.start(service, RedisProcess.forTests().port(),
                    // refills so slow that no token comes back while the test runs
                    "--headcount.gateway.rate-limit.user.rate=0.01",
                    "--headcount.gateway.rate-limit.user.burst=" + USER_BURST,
                    "--headcount.gateway.rate-limit.team.rate=0.01",
                    "--headcount.gateway.rate-limit.team.burst=" + TEAM_BURST));
        }
    }

    @AfterAll
    static void stop() {
        gateways.forEach(ConfigurableApplicationContext::close);
        service.stop(0);
    }

    @Test
    void a_user_and_then_their_team_run_out_of_one_budget_shared_by_both_replicas() {
        double answeredBefore = fastLane("answered");
        double handedOverBefore = fastLane("handed-over");
        List<Integer> alice = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            alice.add(replica(i % 2).as("alice").get("/api/v1/candidates/" + i).status());
        }
        assertThat(alice).as("alice's own budget, across both replicas")
                .containsExactly(200, 200, 200, 200, 429, 429, 429, 429);

        List<Integer> hank = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hank.add(replica(i % 2).as("hank").get("/api/v1/candidates/" + i).status());
        }
        assertThat(hank).as("team-a had 6, alice used 4 (her refused requests took nothing)")
                .containsExactly(200, 200, 429, 429);

        Api.Response refused = replica(0).as("hank").get("/api/v1/candidates/1");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);

        assertThat(replica(1).as("bob").get("/api/v1/candidates/1").status())
                .as("another team's budget is untouched").isEqualTo(200);
        // the limits hold on the fast lane itself: it answered calls of this run (calls it hands
        // to the full path, e.g. one whose token check was slow, meet the same buckets there); the exact split
        // between the two paths depends on timing and is not the behaviour under test
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(fastLane("answered") - answeredBefore)
                .as("answered by the fast lane (handed over: %s)", fastLane("handed-over") - handedOverBefore)
                .isPositive());
    }

    private static double fastLane(String outcome) {
        return gateways.stream().map(gateway -> gateway.getBean(MeterRegistry.class))
                .mapToDouble(meters -> meters.counter(FastLane.METER, "outcome", outcome).count())
                .sum();
    }

    @Test
    void the_gateway_reuses_its_connection_to_the_service() {
        CONNECTIONS.clear();
        for (int i = 0; i < 3; i++) {
            assertThat(replica(0).as("bea").get("/api/v1/candidates/" + i).status()).isEqualTo(200);
        }

        assertThat(CONNECTIONS).as("the gateway's connections to the service").hasSize(1);
    }

    private static Api replica(int index) {
        return Api.at(((WebServerApplicationContext) gateways.get(index)).getWebServer().getPort());
    }
}
