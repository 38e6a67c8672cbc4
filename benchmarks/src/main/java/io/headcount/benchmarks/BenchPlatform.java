package io.headcount.benchmarks;

import io.headcount.testsupport.FreePorts;
import java.util.ArrayList;
import java.util.List;
import io.headcount.local.EmbeddedInfrastructure;
import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.Api;

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
        Path data = TempDirs.create("headcount-bench-");
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(data, new EmbeddedInfrastructure.Ports(
                FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.firstOfConsecutive(LocalPlatform.SERVICES.size())));
        // rate limits stay on (their Redis round trip is part of every request) but high enough never to refuse
        List<String> args = new ArrayList<>(List.of(
                "--headcount.gateway.rate-limit.user.rate=100000", "--headcount.gateway.rate-limit.user.burst=100000",
                "--headcount.gateway.rate-limit.team.rate=100000", "--headcount.gateway.rate-limit.team.burst=100000"));
        // -Dheadcount.bench.args="--a=b --c=d": variants, e.g. rate limits off, to find where time goes
        String extra = System.getProperty("headcount.bench.args", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        return new BenchPlatform(infrastructure, LocalPlatform.start(infrastructure, LocalPlatform.Ports.anyFree(),
                args.toArray(String[]::new)));
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
        return via(platform.urlOf(service), user);
    }

    /** The API at any base URL (a service, a proxy in front of one) with a dev token of {@code user}. */
    Api via(String baseUrl, String user) {
        Api.Response token = Api.at(platform.gatewayUrl()).get("/dev/token?user=" + user);
        return Api.at(baseUrl).withToken(token.json().get("access_token").asString());
    }

    @Override
    public void close() {
        platform.close();
        infrastructure.close();
    }



}
