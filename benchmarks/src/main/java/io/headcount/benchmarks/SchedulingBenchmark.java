package io.headcount.benchmarks;

import io.headcount.events.InterviewStage;
import io.headcount.interview.InterviewServiceApplication;
import io.headcount.interview.loop.application.LoopRepository;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.interview.plan.model.DefaultPlan;
import io.headcount.interview.scheduling.application.InterviewRepository;
import io.headcount.interview.scheduling.model.Booking;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.Ids;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.TestInfrastructure;
import io.headcount.testsupport.TestTokens;
import org.bson.Document;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Scheduling at scale on the embedded store: 1,000 interviewers × 20 upcoming interviews each, then p50/p95 of
 * booking an interview (POST, the unique slot-key index deciding clashes), of a clashing booking (409) and of "my
 * interviews", as ratios to a get-by-id in the same run. Over real HTTP, one client.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec -Dbench=SchedulingBenchmark</pre>
 */
public final class SchedulingBenchmark {

    private static final int INTERVIEWERS = 1_000;
    private static final int PER_INTERVIEWER = 20;
    private static final int WARMUP = 10;
    private static final int RUNS = 200;
    private static final String TEAM = "bench";

    private SchedulingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("headcount.test-infra", "embedded");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        ConfigurableApplicationContext app = InterviewServiceApplication.application().run(
                "--server.port=0",
                "--spring.mongodb.uri=" + infrastructure.mongoUri("scheduling-benchmark"),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                "--headcount.outbox.relay-enabled=false",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Api recruiter = Api.at(port).withToken(TestTokens.with("bench-recruiter", List.of(TEAM),
                List.of("RECRUITER")));

        Instant now = Instant.now();
        Instant base = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2));
        List<String> loops = new ArrayList<>();
        LoopRepository loopRepository = app.getBean(LoopRepository.class);
        for (int i = 0; i < 100; i++) {
            InterviewLoop loop = InterviewLoop.open(Ids.next(now), new Candidacy(TEAM, "cand-" + i, "req-bench"),
                    "Bench Candidate", 0, DefaultPlan.stages(code -> code), now);
            loopRepository.insertIfAbsent(loop, List.of());
            loops.add(loop.id());
        }
        long loadStart = System.nanoTime();
        InterviewRepository interviews = app.getBean(InterviewRepository.class);
        List<String> interviewIds = new ArrayList<>();
        for (int i = 0; i < INTERVIEWERS; i++) {
            for (int j = 0; j < PER_INTERVIEWER; j++) {
                Instant start = base.plus(Duration.ofDays(j)).plus(Duration.ofHours(i % 10));
                String loopId = loops.get((i * PER_INTERVIEWER + j) % loops.size());
                Changed<Interview, io.headcount.events.interview.InterviewEvent> scheduled = Interview.schedule(Ids.next(now), TEAM, loopId, "cand", "req-bench",
                        "technical-live", InterviewStage.TECHNICAL, new Booking(List.of(interviewer(i)), start,
                                start.plus(Duration.ofHours(1)), "Europe/Berlin", null, "https://meet.example.com/b"),
                        "bench-recruiter", now);
                interviews.insert(scheduled.state(), scheduled.events());
                if (j == 0) {
                    interviewIds.add(scheduled.state().id());
                }
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        app.getBean(MongoTemplate.class).updateMulti(new Query(), new Update().unset("pendingEvents")
                .unset("outboxPending"), Document.class, "interviews");

        Random random = new Random(7);
        Map<Integer, Api> asInterviewer = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            int who = random.nextInt(INTERVIEWERS);
            asInterviewer.put(i, Api.at(port).withToken(TestTokens.with(interviewer(who), List.of(TEAM),
                    List.of("INTERVIEWER"))));
        }

        Stats byId = measure(() -> recruiter.get("/api/v1/interviews/" + interviewIds.get(random.nextInt(
                interviewIds.size()))), 200);
        Stats mine = measure(() -> asInterviewer.get(random.nextInt(asInterviewer.size()))
                .get("/api/v1/interviews/mine"), 200);
        int[] booked = {0};
        Stats booking = measure(() -> {
            int n = booked[0]++;
            Instant start = base.plus(Duration.ofDays(25)).plus(Duration.ofHours(n % 2000));
            return recruiter.post("/api/v1/interviews", schedule(loops.get(n % loops.size()), interviewer(n / 2000),
                    start));
        }, 201);
        Stats clash = measure(() -> {
            int who = random.nextInt(INTERVIEWERS);
            Instant taken = base.plus(Duration.ofDays(random.nextInt(PER_INTERVIEWER)))
                    .plus(Duration.ofHours(who % 10)).plus(Duration.ofMinutes(30));
            return recruiter.post("/api/v1/interviews", schedule(loops.get(0), interviewer(who), taken));
        }, 409);
        int upcoming = asInterviewer.get(0).get("/api/v1/interviews/mine?limit=100").json().get("items").size();

        System.out.printf("%nScheduling benchmark: %,d interviewers x %d interviews (%,d, loaded in %.1f s) on the "
                + "embedded store, %d calls each, one client%n", INTERVIEWERS, PER_INTERVIEWER,
                INTERVIEWERS * PER_INTERVIEWER, loadSeconds, RUNS);
        System.out.printf("%-40s %8s %8s %8s %14s%n", "operation", "p50 ms", "p95 ms", "max ms", "p95/baseline");
        print("get an interview by id (baseline)", byId, byId);
        print("my interviews (first page, " + upcoming + " upcoming)", mine, byId);
        print("book an interview (201)", booking, byId);
        print("book into a taken slot (409)", clash, byId);
        app.close();
        System.exit(0);
    }

    private static String interviewer(int i) {
        return "bench-iv-" + i;
    }

    private static Map<String, Object> schedule(String loopId, String interviewer, Instant start) {
        return Map.of("loopId", loopId, "stageKey", "technical-live", "interviewerIds", List.of(interviewer),
                "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(1)).toString(),
                "candidateTimeZone", "Europe/Berlin", "videoLink", "https://meet.example.com/b");
    }

    private static Stats measure(Supplier<Api.Response> call, int expectedStatus) {
        for (int i = 0; i < WARMUP; i++) {
            check(call.get(), expectedStatus);
        }
        List<Double> millis = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Api.Response response = call.get();
            millis.add((System.nanoTime() - start) / 1e6);
            check(response, expectedStatus);
        }
        return Stats.of(millis);
    }

    private static void check(Api.Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new IllegalStateException("expected " + expectedStatus + ": " + response);
        }
    }

    private static void print(String name, Stats stats, Stats baseline) {
        System.out.printf("%-40s %8.1f %8.1f %8.1f %13.1fx%n", name, stats.p50(), stats.p95(), stats.max(),
                stats.p95() / baseline.p95());
    }
}
