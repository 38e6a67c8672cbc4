package io.headcount.benchmarks;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.FastTrackPlan;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sustained hiring flow: N recruiters in parallel, each running the whole flow through the gateway — source a
 * candidate, wait for the loop, pass four stages, wait until an offer may be drafted, draft, extend, accept — for a
 * fixed time. Prints completed flows per second, flow latency and every error.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=HiringFlowBenchmark</pre>
 */
public final class HiringFlowBenchmark {

    private static final List<String> STAGES = FastTrackPlan.STAGES;

    private HiringFlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int recruiters = Integer.getInteger("headcount.bench.recruiters", 4);
        int seconds = Integer.getInteger("headcount.bench.seconds", 60);
        try (BenchPlatform bench = BenchPlatform.start()) {
            Api alice = bench.gateway("alice");
            Api hank = bench.gateway("hank");
            Requisitions requisitions = new Requisitions(alice);
            // within the L4 REMOTE-US band: no approver needed, as in a team whose rules say so
            bench.gateway("tess").header("If-Match", "\"0\"").put("/api/v1/pay-bands/approval-rules",
                    Map.of("approvalWithinBand", false));
            AtomicInteger errors = new AtomicInteger();
            ConcurrentLinkedQueue<Double> flows = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(recruiters);
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < recruiters; r++) {
                done.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            flow(alice, hank, requisitions.forNextFlow());
                            flows.add((System.nanoTime() - start) / 1e6);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(e.getMessage());
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            Stats latency = Stats.of(flows);
            System.out.printf("%nSustained hiring flow: %d recruiters for %d s through the gateway%n", recruiters,
                    seconds);
            System.out.printf("completed flows %d (%.2f flows/s, %.1f API calls/s), errors %d%n", flows.size(),
                    flows.size() / (double) seconds, flows.size() * 9.0 / seconds, errors.get());
            System.out.printf("flow duration p50 %.0f ms, p99 %.0f ms%n", latency.p50(), latency.p99());
            errorSamples.forEach(sample -> System.out.println("  error: " + sample));
        }
        System.exit(0);
    }

    /**
     * A requisition hires at most 100 (then it is filled and refuses candidates): a fresh one every
     * {@value #FLOWS_PER_REQUISITION} flows, so the flows still running on the old one find a place.
     */
    private static final class Requisitions {
        private static final int FLOWS_PER_REQUISITION = 90;
        private final Api alice;
        private String current;
        private int started;

        Requisitions(Api alice) {
            this.alice = alice;
        }

        synchronized String forNextFlow() {
            if (started++ % FLOWS_PER_REQUISITION == 0) {
                current = ok(alice.post("/api/v1/requisitions", Map.of("title", "Backend Engineer", "level", "L4",
                        "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 100)))
                        .json().get("id").asString();
                FastTrackPlan.apply(alice, current);
            }
            return current;
        }
    }

    private static void flow(Api alice, Api hank, String requisition) {
        String candidateId = ok(alice.post("/api/v1/candidates", Map.of("requisitionId", requisition,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", "Flow Person",
                        "email", UUID.randomUUID() + "@example.com")))).json().get("id").asString();
        JsonNode loop = until(() -> hank.get("/api/v1/interview-loops?candidateId=" + candidateId).json()
                .get("items"), items -> items.size() == 1).get(0);
        for (String stage : STAGES) {
            ok(hank.post("/api/v1/interview-loops/" + loop.get("id").asString() + "/decisions", Map.of("stage", stage,
                    "decision", "ADVANCE")));
        }
        Map<String, Object> offer = Map.of("candidateId", candidateId, "requisitionId", requisition,
                "compensation", Map.of("baseSalary", Map.of("amount", "95472.00", "currency", "USD")),
                "workMode", "REMOTE", "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString());
        Api.Response drafted = until(() -> alice.post("/api/v1/offers", offer), r -> r.status() != 409);
        String offerId = ok(drafted).json().get("id").asString();
        ok(alice.post("/api/v1/offers/" + offerId + "/extend", ""));
        ok(alice.post("/api/v1/offers/" + offerId + "/accept", ""));
    }

    private static Api.Response ok(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.toString());
        }
        return response;
    }

    private static <T> T until(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting after 30 s: " + value);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
    }
}
