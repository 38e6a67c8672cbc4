package io.headcount.benchmarks;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.headcount.candidate.CandidateServiceApplication;
import io.headcount.local.DurableH2Backend;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.TestInfrastructure;
import io.headcount.testsupport.TestTokens;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * What committing every write before its reply costs (the local platform's {@link DurableH2Backend}): candidate
 * creates over real HTTP against candidate-service on three stores in one run — in memory (the yardstick), the H2
 * file store as shipped (commits about once a second, loses acknowledged writes on a kill) and the durable one.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=DurableCommitBenchmark</pre>
 */
public final class DurableCommitBenchmark {

    private static final int WARMUP = 200;
    private static final int SEQUENTIAL = 500;
    private static final int CONCURRENT_CLIENTS = 4;
    private static final int CONCURRENT_PER_CLIENT = 250;

    private DurableCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("headcount.test-infra", "embedded");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Path dir = TempDirs.create("durable-bench");
        Map<String, Supplier<MongoBackend>> stores = new LinkedHashMap<>();
        stores.put("memory (yardstick)", MemoryBackend::new);
        stores.put("H2 file, commit ~1/s (stock)", () -> new H2Backend(dir.resolve(UUID.randomUUID() + ".mv")
                .toString()));
        stores.put("H2 file, commit per write", () -> new DurableH2Backend(dir.resolve(UUID.randomUUID() + ".mv")
                .toString()));

        System.out.printf("%nDurable commits: candidate creates over HTTP, %d sequential + %d clients x %d%n",
                SEQUENTIAL, CONCURRENT_CLIENTS, CONCURRENT_PER_CLIENT);
        System.out.printf("%-32s %8s %8s %10s %12s%n", "store", "p50 ms", "p95 ms", "creates/s", "p50/yardstick");
        // round 1 warms the JIT for all three (the first store measured would otherwise look slowest); round 2 counts
        for (int round = 1; round <= 2; round++) {
            measureAll(stores, infrastructure, round == 2);
        }
        System.exit(0);
    }

    private static void measureAll(Map<String, Supplier<MongoBackend>> stores, TestInfrastructure infrastructure,
                                   boolean print) throws Exception {
        double yardstick = 0;
        for (Map.Entry<String, Supplier<MongoBackend>> store : stores.entrySet()) {
            MongoServer server = new MongoServer(store.getValue().get());
            server.bind("127.0.0.1", 0);
            ConfigurableApplicationContext app = CandidateServiceApplication.application().run(
                    "--server.port=0",
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/bench",
                    "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                    "--spring.application.name=bench-" + UUID.randomUUID(),
                    // the gateway is on this classpath too (through local-platform); only the service runs here
                    "--spring.cloud.gateway.server.webflux.enabled=false",
                    "--logging.level.root=WARN");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = Api.at(port).withToken(TestTokens.with("bench", List.of("bench"), List.of("RECRUITER")));
            String requisition = api.post("/api/v1/requisitions", Map.of("title", "Role", "level", "L5",
                    "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 5))
                    .json().get("id").asString();
            for (int i = 0; i < WARMUP; i++) {
                create(api, requisition);
            }
            List<Double> latencies = new ArrayList<>(SEQUENTIAL);
            for (int i = 0; i < SEQUENTIAL; i++) {
                long start = System.nanoTime();
                create(api, requisition);
                latencies.add((System.nanoTime() - start) / 1e6);
            }
            Stats stats = Stats.of(latencies);
            double throughput = concurrentThroughput(api, requisition);
            double p50 = stats.p50();
            if (yardstick == 0) {
                yardstick = p50;
            }
            if (print) {
                System.out.printf("%-32s %8.2f %8.2f %10.0f %11.2fx%n", store.getKey(), p50, stats.p95(), throughput,
                        p50 / yardstick);
            }
            app.close();
            server.shutdownNow();
        }
    }

    private static double concurrentThroughput(Api api, String requisition) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CONCURRENT_CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < CONCURRENT_PER_CLIENT; i++) {
                    create(api, requisition);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        return CONCURRENT_CLIENTS * CONCURRENT_PER_CLIENT / ((System.nanoTime() - start) / 1e9);
    }

    private static void create(Api api, String requisition) {
        Api.Response response = api.post("/api/v1/candidates", Map.of("requisitionId", requisition,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", "Bench Person",
                        "email", UUID.randomUUID() + "@example.com", "skills", List.of("java", "kafka"))));
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
    }
}
