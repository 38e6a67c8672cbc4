package io.headcount.benchmarks;

import io.headcount.candidate.CandidateServiceApplication;
import io.headcount.candidate.candidate.application.CandidateRepository;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.candidate.model.Profile;
import io.headcount.events.Money;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads N generated candidates (default 100,000) into candidate-service on the embedded store and prints p50/p95
 * latency of representative searches and of a create, over real HTTP. Not a test: the figures are for reading,
 * this machine is noisy, compare ratios within one run.
 * <pre>./mvnw -q install -DskipTests &amp;&amp; ./mvnw -q -pl benchmarks exec:exec [-Dheadcount.bench.candidates=100000]</pre>
 */
public final class SearchBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 40;
    private static final String TEAM = "bench";
    private static double baseline = 1;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("headcount.bench.candidates", 100_000);
        System.setProperty("headcount.test-infra", "embedded");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        ConfigurableApplicationContext app = CandidateServiceApplication.application().run(
                "--server.port=0",
                "--spring.mongodb.uri=" + infrastructure.mongoUri("benchmark"),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri(),
                // bulk-loaded events would otherwise be relayed during the measurements
                "--headcount.outbox.relay-enabled=false",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Api api = Api.at(port).withToken(TestTokens.with("bench-recruiter", List.of(TEAM), List.of("RECRUITER")));

        List<String> requisitions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requisitions.add(api.post("/api/v1/requisitions", Map.of("title", "Role " + i, "level", "L5",
                    "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 5))
                    .json().get("id").asString());
        }
        long loadStart = System.nanoTime();
        load(app, count, requisitions);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);

        String requisition = requisitions.get(0);
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("broad word: python", "q=" + enc("python"));
        searches.put("boolean + phrase + NOT", "q=" + enc("(Python OR Django OR Flask) AND \"distributed systems\" "
                + "AND NOT PHP"));
        searches.put("qualifiers + years", "q=" + enc("title:staff AND skill:kubernetes")
                + "&yearsMin=8");
        searches.put("NOT + work mode + size", "q=" + enc("java NOT javascript")
                + "&workMode=REMOTE&companySize=SIZE_51_200");
        searches.put("company + requisition + status", "q=" + enc("company:globex") + "&requisitionId="
                + requisition + "&status=SOURCED");
        searches.put("phrase, sorted by experience", "q=" + enc("\"machine learning\" AND (berlin OR london)")
                + "&sort=MOST_EXPERIENCED");
        searches.put("rare skill (few hits)", "q=" + enc("skill:haskell"));
        searches.put("filters only: years 10-12, onsite", "yearsMin=10&yearsMax=12&workMode=ONSITE");

        System.out.printf("%nHeadcount search benchmark: %,d candidates on the embedded store (mongo-java-server), "
                + "loaded in %.1f s, heap in use %,d MB%n", count, loadSeconds, heapMb);
        System.out.printf("%-36s %8s %8s %8s %7s %12s%n", "operation", "p50 ms", "p95 ms", "max ms", "hits",
                "p50/baseline");
        Stats byId = measure(() -> api.get("/api/v1/requisitions/" + requisition));
        baseline = byId.p50();
        print("get requisition by id (baseline)", byId, -1);
        for (Map.Entry<String, String> search : searches.entrySet()) {
            String path = "/api/v1/candidates/search?limit=20&" + search.getValue();
            int hits = api.get(path).json().get("items").size();
            print(search.getKey(), measure(() -> check(api.get(path))), hits);
        }
        Random random = new Random(99);
        int[] created = {0};
        Stats create = measure(() -> check(api.post("/api/v1/candidates", Map.of("requisitionId", requisition,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", "Bench Person " + created[0]++,
                        "email", "bench-" + random.nextLong() + "@example.com", "skills", List.of("java", "kafka"),
                        "yearsOfExperience", 7)))));
        print("create candidate (POST)", create, -1);
        app.close();
        System.exit(0);
    }

    private static void load(ConfigurableApplicationContext app, int count, List<String> requisitions) {
        CandidateRepository candidates = app.getBean(CandidateRepository.class);
        Random random = new Random(42);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            Changed<Candidate, io.headcount.events.candidate.CandidateEvent> sourced = Candidate.source(Ids.next(now.plusMillis(i)), TEAM, profile(random, i),
                    requisitions.get(random.nextInt(requisitions.size())),
                    SourceChannel.values()[random.nextInt(SourceChannel.values().length)], now);
            candidates.insert(sourced.state(), sourced.events());
        }
        // as after the relay ran: no pending events left on the documents
        app.getBean(MongoTemplate.class).updateMulti(new Query(), new Update().unset("pendingEvents"),
                Document.class, "candidates");
    }

    private static Profile profile(Random random, int i) {
        List<String> skills = new ArrayList<>();
        for (int s = random.nextInt(8); s > 0; s--) {
            skills.add(pick(random, SKILLS));
        }
        if (random.nextInt(1000) == 0) {
            skills.add("Haskell");
        }
        return new Profile(pick(random, FIRST) + " " + pick(random, LAST), "candidate-" + i + "@example.com",
                null, "https://www.linkedin.com/in/candidate-" + i, pick(random, SENIORITY) + " "
                + pick(random, TITLES), pick(random, COMPANIES) + (random.nextInt(4) == 0 ? "" : " " + i % 500),
                CompanySize.values()[random.nextInt(CompanySize.values().length)], pick(random, LOCATIONS),
                random.nextInt(41), skills, WorkMode.values()[random.nextInt(3)],
                new Money(String.valueOf(60_000 + random.nextInt(140_000)) + ".00", "USD"));
    }

    private static Api.Response check(Api.Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException(response.toString());
        }
        return response;
    }

    private static Stats measure(Runnable call) {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    /** Ratios within one run survive this noisy machine better than absolute figures. */
    private static void print(String name, Stats stats, int hits) {
        System.out.printf("%-36s %8.1f %8.1f %8.1f %7s %11.1fx%n", name, stats.p50(), stats.p95(), stats.max(),
                hits < 0 ? "" : String.valueOf(hits), stats.p50() / baseline);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Linus", "Barbara", "Ken", "Margaret",
            "Dennis", "Radia", "Edsger", "Frances", "Guido", "Anita", "Donald", "Leslie", "Shafi", "Tim", "Sophie");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Turing", "Torvalds", "Liskov",
            "Thompson", "Hamilton", "Ritchie", "Perlman", "Dijkstra", "Allen", "Rossum", "Borg", "Knuth", "Lamport",
            "Goldwasser", "Berners-Lee", "Wilson");
    private static final List<String> SENIORITY = List.of("Junior", "", "Senior", "Staff", "Principal", "Lead");
    private static final List<String> TITLES = List.of("Backend Engineer", "Software Engineer", "Data Scientist",
            "Frontend Developer", "Site Reliability Engineer", "Engineering Manager", "Python Developer",
            "Java Developer", "Machine Learning Engineer", "Platform Engineer", "Mobile Developer");
    private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli",
            "Stark", "Wayne", "Cyberdyne", "Tyrell", "Soylent", "Aperture", "Massive Dynamic");
    private static final List<String> LOCATIONS = List.of("Berlin, DE", "London, UK", "New York, US", "Remote",
            "San Francisco, US", "Paris, FR", "Toronto, CA", "Amsterdam, NL", "Madrid, ES", "Austin, US");
    private static final List<String> SKILLS = List.of("Python", "Django", "Flask", "Java", "Kotlin", "Spring",
            "Go", "PHP", "C++", "C#", "JavaScript", "TypeScript", "React", "distributed systems", "Kafka",
            "PostgreSQL", "MongoDB", "AWS", "Kubernetes", "machine learning", "Rust", "Scala", "Terraform", "GraphQL",
            "Redis", "Elixir", "Swift", "Ruby", "Docker", "Linux");
}
