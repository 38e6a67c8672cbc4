package io.headcount.benchmarks;

import io.headcount.local.EmbeddedInfrastructure;
import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local platform as {@code ./run-local} starts it (in-process KRaft broker, durable H2 stores, four
 * applications), on free ports and a fresh data folder, for benchmarks that want the real thing.
 */
final class BenchPlatform implements AutoCloseable {

    final EmbeddedInfrastructure infrastructure;
    final LocalPlatform platform;

    private BenchPlatform(EmbeddedInfrastructure infrastructure, LocalPlatform platform) {
        this.infrastructure = infrastructure;
        this.platform = platform;
    }

    static BenchPlatform start() throws Exception {
        quietLogs();
        Path data = Files.createTempDirectory("headcount-bench-");
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(data, new EmbeddedInfrastructure.Ports(
                freePort(), freePort(), freePort(), threeConsecutiveFreePorts()));
        // rate limits stay on (their Redis round trip is part of every request) but high enough never to refuse
        return new BenchPlatform(infrastructure, LocalPlatform.start(infrastructure, LocalPlatform.Ports.anyFree(),
                "--headcount.gateway.rate-limit.user.rate=100000", "--headcount.gateway.rate-limit.user.burst=100000",
                "--headcount.gateway.rate-limit.team.rate=100000", "--headcount.gateway.rate-limit.team.burst=100000"));
    }

    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    Api gateway(String user) {
        Api.Response token = Api.at(platform.gatewayUrl()).get("/dev/token?user=" + user);
        return Api.at(platform.gatewayUrl()).withToken(token.json().get("access_token").asString());
    }

    Api direct(String service, String user) {
        Api.Response token = Api.at(platform.gatewayUrl()).get("/dev/token?user=" + user);
        return Api.at(platform.urlOf(service)).withToken(token.json().get("access_token").asString());
    }

    @Override
    public void close() {
        platform.close();
        infrastructure.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int threeConsecutiveFreePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = freePort();
            if (isFree(first + 1) && isFree(first + 2)) {
                return first;
            }
        }
        throw new IllegalStateException("no three consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
