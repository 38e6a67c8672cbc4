package io.headcount.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.headcount.testsupport.TestTokens;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The rate-limit tests' set-up: a stand-in candidate-service that answers 200 "ok", and gateways in front of it. */
final class TestGateways {

    private TestGateways() {
    }

    /** A stand-in service on a free port; {@code seen} is told of each request before it is answered. */
    static HttpServer okService(Consumer<HttpExchange> seen) {
        try {
            HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            service.createContext("/", exchange -> {
                seen.accept(exchange);
                byte[] body = "ok".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            service.start();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gateway on a free port routing candidate calls to {@code service}, its buckets in the Redis on that port. */
    static ConfigurableApplicationContext start(HttpServer service, int redisPort, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.application.admin.enabled=false",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                "--CANDIDATE_SERVICE_URL=http://127.0.0.1:" + service.getAddress().getPort(),
                "--REDIS_PORT=" + redisPort));
        args.addAll(List.of(settings));
        return GatewayApplication.application().run(args.toArray(String[]::new));
    }
}
