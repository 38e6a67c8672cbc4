package io.headcount.benchmarks;

import io.headcount.local.LocalPlatform;
import io.headcount.testsupport.Api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Gateway overhead: one read (a requisition by id) through the gateway and directly at candidate-service, the same
 * Java HTTP client (java.net.http, keep-alive), the same run, alternating in {@code headcount.bench.rounds} rounds of
 * {@code headcount.bench.seconds} so neither side gets the warmer JVM (the ratio is also given round by round, each
 * next to its direct phase, and its median): throughput with {@code -Dheadcount.bench.clients} threads in closed
 * loop (the cores saturated), and the latency a
 * hop adds with one client (nothing queued). A third path, a {@link BareProxy} in front of the same service, is the
 * floor of any proxy hop on this machine: the gateway's cost above it is its own work. All paths are warmed up first
 * for {@code headcount.bench.warm-up} seconds each: six applications in one JVM keep the JIT compiler busy for a
 * minute or more.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=GatewayOverheadBenchmark</pre>
 */
public final class GatewayOverheadBenchmark {

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("headcount.bench.clients", 16);
        int seconds = Integer.getInteger("headcount.bench.seconds", 8);
        int rounds = Integer.getInteger("headcount.bench.rounds", 5);
        int warmUp = Integer.getInteger("headcount.bench.warm-up", 20);
        try (BenchPlatform bench = BenchPlatform.start();
             BareProxy bare = new BareProxy(bench.platform.urlOf(LocalPlatform.CANDIDATE_SERVICE))) {
            Api viaGateway = bench.gateway("alice");
            Api direct = bench.direct(LocalPlatform.CANDIDATE_SERVICE, "alice");
            Api viaBareProxy = bench.via(bare.url(), "alice");
            String id = viaGateway.post("/api/v1/requisitions", Map.of("title", "Backend Engineer", "level", "L4",
                    "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 1))
                    .json().get("id").asString();
            String path = "/api/v1/requisitions/" + id;
            Map<String, Api> paths = new LinkedHashMap<>();
            paths.put("direct", direct);
            paths.put("through the gateway", viaGateway);
            paths.put("through a bare proxy", viaBareProxy);
            for (Map.Entry<String, Api> each : paths.entrySet()) {
                run(each.getValue(), "warm-up " + each.getKey(), path, clients, warmUp);
            }
            Map<String, List<Result>> loaded = new LinkedHashMap<>();
            Map<String, List<Result>> alone = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Api> each : paths.entrySet()) {
                    loaded.computeIfAbsent(each.getKey(), key -> new ArrayList<>())
                            .add(run(each.getValue(), each.getKey(), path, clients, seconds));
                }
            }
            for (int round = 0; round < 2; round++) {
                for (Map.Entry<String, Api> each : paths.entrySet()) {
                    alone.computeIfAbsent(each.getKey(), key -> new ArrayList<>())
                            .add(run(each.getValue(), each.getKey() + ", 1 client", path, 1, seconds / 2));
                }
            }
            System.out.printf("%nGateway overhead: GET a requisition, %d clients, %d x %d s each way, same run%n",
                    clients, rounds, seconds);
            System.out.printf("%-32s %10s %8s %8s %8s %10s%n", "path", "req/s", "p50 ms", "p99 ms", "errors",
                    "vs direct");
            print(loaded, "");
            print(alone, ", 1 client");
            Result d = Result.merge(loaded.get("direct"));
            Result g = Result.merge(loaded.get("through the gateway"));
            Result b = Result.merge(loaded.get("through a bare proxy"));
            Result d1 = Result.merge(alone.get("direct"));
            Result g1 = Result.merge(alone.get("through the gateway"));
            Result b1 = Result.merge(alone.get("through a bare proxy"));
            System.out.printf("gateway adds %.2f ms at p50 and %.2f ms at p99 with %d clients (queueing on saturated "
                            + "cores included)%n", g.latency().p50() - d.latency().p50(),
                    g.latency().p99() - d.latency().p99(), clients);
            System.out.printf("gateway adds %.2f ms at p50 and %.2f ms at p99 with 1 client (the hop itself); a bare "
                            + "proxy adds %.2f ms at p50%n", g1.latency().p50() - d1.latency().p50(),
                    g1.latency().p99() - d1.latency().p99(), b1.latency().p50() - d1.latency().p50());
            System.out.printf("gateway vs bare proxy: %.2fx the throughput; the gateway's own work per request: "
                            + "%.2f ms of the 2 cores, the bare hop's: %.2f ms%n", g.throughput() / b.throughput(),
                    2000 / g.throughput() - 2000 / b.throughput(), 2000 / b.throughput() - 2000 / d.throughput());
            System.out.printf("gateway vs direct, round by round (each next to its direct phase): %s, median %.2fx%n",
                    pairedRatios(loaded.get("through the gateway"), loaded.get("direct")),
                    median(pairedRatios(loaded.get("through the gateway"), loaded.get("direct"))));
            System.out.printf("bare proxy vs direct, round by round: %s, median %.2fx%n",
                    pairedRatios(loaded.get("through a bare proxy"), loaded.get("direct")),
                    median(pairedRatios(loaded.get("through a bare proxy"), loaded.get("direct"))));
            System.out.printf("answers other than 200, by path and status: %s%n", FAILED);
        }
        System.exit(0);
    }

    /**
     * Throughput ratios of phases run side by side, round by round: the machine's drift (JIT, GC, the platform's
     * background work) moves both sides of a pair alike, so their median is steadier than the ratio of the totals.
     */
    private static List<Double> pairedRatios(List<Result> side, List<Result> direct) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < side.size(); round++) {
            ratios.add(Math.round(100 * side.get(round).throughput() / direct.get(round).throughput()) / 100.0);
        }
        return ratios;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void print(Map<String, List<Result>> runs, String suffix) {
        double direct = Result.merge(runs.get("direct")).throughput();
        runs.forEach((name, results) -> {
            Result merged = Result.merge(results);
            System.out.printf("%-32s %10.0f %8.2f %8.2f %8d %9.2fx%n", name + suffix, merged.throughput(),
                    merged.latency().p50(), merged.latency().p99(), merged.errors(), merged.throughput() / direct);
        });
    }

    record Result(double throughput, Stats latency, int errors, List<Double> samples) {
        static Result merge(List<Result> runs) {
            List<Double> all = new ArrayList<>();
            double throughput = 0;
            int errors = 0;
            for (Result run : runs) {
                all.addAll(run.samples());
                throughput += run.throughput() / runs.size();
                errors += run.errors();
            }
            return new Result(throughput, Stats.of(all), errors, all);
        }
    }

    /** Failed answers by path and status, e.g. "gateway 503". */
    private static final Failures FAILED = new Failures();

    private static Result run(Api api, String label, String path, int clients, int seconds) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        int[] errors = new int[1];
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long begin = System.nanoTime();
                    int status = api.get(path).status();
                    latencies.add((System.nanoTime() - begin) / 1e6);
                    if (status != 200) {
                        FAILED.record(label + " " + status);
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> samples = new ArrayList<>(latencies);
        return new Result(samples.size() / elapsed, Stats.of(samples), errors[0], samples);
    }
}
