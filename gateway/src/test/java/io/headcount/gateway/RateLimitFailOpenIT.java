package io.headcount.gateway;

import com.sun.net.httpserver.HttpServer;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.FreePorts;
import io.headcount.testsupport.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The documented behaviour when Redis goes away: the rate limiter fails open (requests are forwarded, none is
 * refused for want of a limiter) and limits again once Redis is back, without a gateway restart.
 */
class RateLimitFailOpenIT {

    private static final int USER_BURST = 3;
    private static final AtomicInteger FORWARDED = new AtomicInteger();
    private static final int REDIS_PORT = FreePorts.one();

    private static HttpServer service;
    private static RedisProcess redis;
    private static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() {
        service = TestGateways.okService(exchange -> FORWARDED.incrementAndGet());
        redis = RedisProcess.start(REDIS_PORT);
        gateway = TestGateways.start(service, REDIS_PORT,
                "--headcount.gateway.rate-limit.user.rate=0.01", // no token comes back while the test runs
                "--headcount.gateway.rate-limit.user.burst=" + USER_BURST);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (redis != null) {
            redis.close();
        }
        service.stop(0);
    }

    @Test
    void with_redis_down_requests_are_forwarded_unlimited_and_limits_return_with_redis() {
        Api alice = Api.at(port()).as("alice");
        for (int i = 0; i < USER_BURST; i++) {
            assertThat(alice.get("/api/v1/candidates/c-" + i).status()).isEqualTo(200);
        }
        assertThat(alice.get("/api/v1/candidates/over").status()).as("limited while Redis runs").isEqualTo(429);

        redis.close();
        int forwardedBefore = FORWARDED.get();
        for (int i = 0; i < 4 * USER_BURST; i++) {
            Api.Response response = alice.get("/api/v1/candidates/open-" + i);
            assertThat(response.status()).as("fail open: " + response).isEqualTo(200);
        }
        assertThat(FORWARDED.get() - forwardedBefore).as("each one reached the service").isEqualTo(4 * USER_BURST);

        redis = RedisProcess.start(REDIS_PORT); // a new, empty Redis: full buckets
        await().until(() -> alice.get("/api/v1/candidates/back").status() == 429);
    }

    private static int port() {
        return ((WebServerApplicationContext) gateway).getWebServer().getPort();
    }
}
