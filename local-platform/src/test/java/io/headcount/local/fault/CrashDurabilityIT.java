package io.headcount.local.fault;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.FastTrackPlan;
import io.headcount.testsupport.ScratchDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local platform, killed with SIGKILL in the middle of a burst of writes and actions across the three services,
 * then started again on the same data: every answered 2xx is still stored, every stored change's event is on its
 * topic under one id, nothing was published for a change that was not stored, and every downstream view converges.
 */
class CrashDurabilityIT {

    private static final List<String> STAGES = FastTrackPlan.STAGES;
    private static final int RECRUITERS = 4;
    /**
     * Each interruption comes after a random number of acknowledged writes in this range, so runs hit different
     * points of the hiring flow (a create, a decision, a draft, an extension); the seed is printed to replay one.
     */
    private static final int FEWEST_BEFORE_KILL = 40;
    private static final int MOST_BEFORE_KILL = 200;
    private static final long SEED = Long.getLong("headcount.crash.seed", System.nanoTime());
    private final java.util.Random random = new java.util.Random(SEED);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final ScratchDirs SCRATCH = new ScratchDirs();
    private static final Path DATA = SCRATCH.create("headcount-platform-");
    private static final PlatformProcess.Ports PORTS = PlatformProcess.Ports.free();
    private static PlatformProcess platform;

    /** What the platform acknowledged with a 2xx before it died. */
    private final ConcurrentLinkedQueue<String> candidates = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> decisions = new ConcurrentLinkedQueue<>(); // loopId|stage
    private final ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>(); // offerId|candidateId
    private final ConcurrentLinkedQueue<String> extensions = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger errorsBeforeKill = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    /** Failures of the harness itself (not a request cut off by the kill): each one fails the test. */
    private final ConcurrentLinkedQueue<Throwable> harnessFailures = new ConcurrentLinkedQueue<>();
    private volatile boolean killed;


    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void every_acknowledged_write_survives_a_kill_or_a_stop_and_its_events_are_published_once() throws Exception {
        platform = PlatformProcess.start(DATA, PORTS);
        Api alice = platform.as("alice");
        Api hank = platform.as("hank");
        String requisitionId = alice.post("/api/v1/requisitions", Map.of("title", "Backend Engineer", "level", "L4",
                "location", "Austin, US", "workMode", "HYBRID", "hiringManagerId", "hank", "headcount", 50))
                .json().get("id").asString();
        FastTrackPlan.apply(alice, requisitionId);
        // offers within the L4 US band (95,472 USD) go out without an approver: the test is about durability
        assertThat(platform.as("tess").header("If-Match", "\"0\"").put("/api/v1/pay-bands/approval-rules",
                Map.of("approvalWithinBand", false)).status()).isEqualTo(200);

        burst(alice, hank, requisitionId, platform::kill);

        long restartBegan = System.nanoTime();
        platform = PlatformProcess.start(DATA, PORTS);
        Duration restart = Duration.ofNanos(System.nanoTime() - restartBegan);

        // the restarted platform takes the next burst, and is stopped cleanly (SIGTERM) in the middle of it
        Duration[] stop = new Duration[1];
        int acknowledgedBeforeStop = acknowledged.get();
        burst(platform.as("alice"), platform.as("hank"), requisitionId, () -> stop[0] = platform.stop());
        platform = PlatformProcess.start(DATA, PORTS);
        Api aliceAgain = platform.as("alice");
        Api hankAgain = platform.as("hank");

        // every 2xx is stored
        List<String> lostCandidates = candidates.stream()
                .filter(id -> aliceAgain.get("/api/v1/candidates/" + id).status() != 200).toList();
        List<String> lostDecisions = decisions.stream().filter(decision -> {
            String[] parts = decision.split("\\|");
            JsonNode loop = hankAgain.get("/api/v1/interview-loops/" + parts[0]).json();
            return loop.path("results").valueStream().noneMatch(r -> r.get("stageKey").asString().equals(parts[1]));
        }).toList();
        List<String> lostOffers = drafts.stream().map(d -> d.split("\\|")[0])
                .filter(id -> aliceAgain.get("/api/v1/offers/" + id).status() != 200).toList();
        List<String> lostExtensions = extensions.stream().filter(id -> !"EXTENDED".equals(
                aliceAgain.get("/api/v1/offers/" + id).json().path("status").asString())).toList();

        // every stored candidate (also those whose create was cut off but had been stored) converges downstream
        List<String> storedCandidates = allCandidates(aliceAgain);
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String candidateId : storedCandidates) {
                assertThat(hankAgain.get("/api/v1/interview-loops?candidateId=" + candidateId).json().get("items"))
                        .as("one loop for " + candidateId).hasSize(1);
            }
            for (String extended : extensions) {
                if (lostExtensions.contains(extended)) {
                    continue; // counted as lost, and failed below with the figures printed
                }
                String candidateId = aliceAgain.get("/api/v1/offers/" + extended).json().get("candidateId")
                        .asString();
                assertThat(aliceAgain.get("/api/v1/candidates/" + candidateId).json().get("status").asString())
                        .isEqualTo("OFFER_EXTENDED");
            }
        });
        List<JsonNode> storedOffers = allOffers(aliceAgain);

        // every stored change's events are on the topics, under one id each; nothing for unstored changes
        List<TopicLog.Event> events = await().atMost(PATIENCE).until(
                () -> TopicLog.readAll(platform.kafkaBootstrapServers()),
                log -> storedCandidates.stream().allMatch(id -> log.stream().anyMatch(
                        e -> e.type().endsWith(".CandidateSourced.v1") && id.equals(e.field("candidateId"))))
                        && storedOffers.stream().allMatch(offer -> log.stream().anyMatch(
                        e -> e.type().endsWith(".OfferDrafted.v1")
                                && offer.get("id").asString().equals(e.field("offerId")))));
        Map<String, Long> idsPerChange = TopicLog.distinctIdsPerChange(events, e -> e.type() + " "
                + e.field("candidateId") + " " + e.field("offerId") + " " + e.field("stage") + " "
                + e.field("requisitionId"));
        long records = events.size();
        long distinctIds = events.stream().map(TopicLog.Event::id).distinct().count();

        Set<String> sourced = ids(events, ".CandidateSourced.v1", "candidateId");
        Set<String> draftedOffers = ids(events, ".OfferDrafted.v1", "offerId");
        Set<String> storedOfferIds = storedOffers.stream().map(o -> o.get("id").asString())
                .collect(Collectors.toSet());
        Set<String> passedStages = events.stream().filter(e -> e.type().endsWith(".ScreenPassed.v1"))
                .map(e -> e.field("loopId") + "|" + e.field("stageKey")).collect(Collectors.toSet());
        Set<String> storedStages = storedStages(hankAgain, storedCandidates);

        System.out.printf("""
                crash durability (seed %d, -Dheadcount.crash.seed=%<d replays it; %d recruiters; kill -9 mid-burst, restart, a second burst stopped by SIGTERM, restart):
                  write requests sent %d (offer drafts retried until eligible), answered 2xx %d, clean 503s retried %d,
                  other error answers while the platform ran %d
                  acknowledged: %d candidates, %d stage decisions, %d offers drafted, %d extended
                  lost after restart: candidates %d, decisions %d, offers %d, extensions %d
                  stored after restart: %d candidates, %d offers; restart after kill to ready %.1f s
                  clean stop under load (SIGTERM to exit) %.1f s, with %d acknowledged writes before it
                  topics: %d records, %d distinct event ids, %d redelivered copies
                  published for unstored changes: candidates %d, offers %d, stage passes %d
                %n""", SEED, RECRUITERS, sent.get(), acknowledged.get(), unavailable.get(), errorsBeforeKill.get(), candidates.size(),
                decisions.size(), drafts.size(), extensions.size(), lostCandidates.size(), lostDecisions.size(),
                lostOffers.size(), lostExtensions.size(), storedCandidates.size(), storedOffers.size(),
                restart.toMillis() / 1000.0,
                stop[0].toMillis() / 1000.0, acknowledged.get() - acknowledgedBeforeStop, records, distinctIds, records - distinctIds,
                minus(sourced, storedCandidates).size(), minus(draftedOffers, storedOfferIds).size(),
                minus(passedStages, storedStages).size());

        assertThat(harnessFailures).as("failures before the kill").isEmpty();
        assertThat(errorsBeforeKill.get()).as("no error answers while the platform ran").isZero();
        assertThat(lostCandidates).as("acknowledged candidates lost").isEmpty();
        assertThat(lostDecisions).as("acknowledged decisions lost").isEmpty();
        assertThat(lostOffers).as("acknowledged offers lost").isEmpty();
        assertThat(lostExtensions).as("acknowledged extensions lost").isEmpty();
        assertThat(idsPerChange.values()).as("one event id per change").allMatch(count -> count == 1);
        assertThat(sourced).as("CandidateSourced exactly for the stored candidates")
                .containsExactlyInAnyOrderElementsOf(storedCandidates);
        assertThat(draftedOffers).as("OfferDrafted exactly for the stored offers")
                .containsExactlyInAnyOrderElementsOf(storedOfferIds);
        assertThat(passedStages).as("ScreenPassed exactly for the stored stage results")
                .containsExactlyInAnyOrderElementsOf(storedStages);
        assertThat(candidates.size()).as("the burst reached every service").isPositive();
        assertThat(decisions).isNotEmpty();
    }

    /** Recruiters run hiring flows until enough were acknowledged, then the platform is interrupted under them. */
    private void burst(Api alice, Api hank, String requisitionId, Runnable interruption) throws InterruptedException {
        killed = false;
        int target = acknowledged.get() + FEWEST_BEFORE_KILL
                + random.nextInt(MOST_BEFORE_KILL - FEWEST_BEFORE_KILL + 1);
        ExecutorService recruiters = Executors.newFixedThreadPool(RECRUITERS);
        for (int i = 0; i < RECRUITERS; i++) {
            recruiters.submit(() -> hire(alice, hank, requisitionId));
        }
        await().atMost(PATIENCE).until(() -> acknowledged.get() >= target);
        killed = true;
        interruption.run();
        recruiters.shutdown();
        assertThat(recruiters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** One recruiter's loop of hiring flows until the platform goes away. */
    private void hire(Api alice, Api hank, String requisitionId) {
        try {
            while (!killed) {
                Map<String, Object> person = Map.of("requisitionId", requisitionId, "sourceChannel", "REFERRAL",
                        "profile", Map.of("fullName", "Crash Test", "email", "c-" + UUID.randomUUID()
                                + "@example.com"));
                String candidateId = createCandidate(alice, person);
                candidates.add(candidateId);
                String loopId = await().atMost(PATIENCE).until(() -> hank.get("/api/v1/interview-loops?candidateId="
                        + candidateId).json().get("items"), items -> items.size() == 1).get(0).get("id").asString();
                for (String stage : STAGES) {
                    send(() -> hank.post("/api/v1/interview-loops/" + loopId + "/decisions", Map.of("stage", stage,
                            "decision", "ADVANCE")));
                    decisions.add(loopId + "|" + stage);
                }
                // offer-service learns of the completed loop from an event: 409 until then
                Api.Response draft = await().atMost(PATIENCE).until(() -> {
                    sent.incrementAndGet();
                    return alice.post("/api/v1/offers", offer(candidateId, requisitionId));
                }, response -> response.status() != 409 && response.status() != 503);
                String offerId = accepted(draft).json().get("id").asString();
                drafts.add(offerId + "|" + candidateId);
                send(() -> alice.post("/api/v1/offers/" + offerId + "/extend", ""));
                extensions.add(offerId);
            }
        } catch (RuntimeException | AssertionError stopped) {
            if (!killed) {
                // not the kill: a bug of the platform or of this harness, which must not pass unseen
                harnessFailures.add(stopped);
            }
            // else the platform was killed under this recruiter's request: its outcome is unknown, and not counted
        }
    }

    /**
     * Like a client: a 503 (the store did not answer) is retried. A create whose answer was lost may have been
     * stored: its retry is then a 409 naming the stored candidate, who must survive like any acknowledged one.
     */
    private String createCandidate(Api alice, Map<String, Object> person) {
        sent.incrementAndGet();
        Api.Response response = alice.post("/api/v1/candidates", person);
        for (int retry = 0; retry < 3 && response.status() == 503 && !killed; retry++) {
            unavailable.incrementAndGet();
            response = alice.post("/api/v1/candidates", person);
            if (response.status() == 409 && response.json().hasNonNull("existing")) {
                String existing = response.json().get("existing").asString();
                return existing.substring(existing.lastIndexOf('/') + 1);
            }
        }
        return accepted(response).json().get("id").asString();
    }

    private Api.Response send(java.util.function.Supplier<Api.Response> request) {
        sent.incrementAndGet();
        Api.Response response = request.get();
        for (int retry = 0; retry < 3 && response.status() == 503 && !killed; retry++) {
            unavailable.incrementAndGet();
            response = request.get();
        }
        return accepted(response);
    }

    private Api.Response accepted(Api.Response response) {
        if (response.status() >= 200 && response.status() < 300) {
            acknowledged.incrementAndGet();
            return response;
        }
        if (!killed) {
            errorsBeforeKill.incrementAndGet();
            System.out.println("unexpected answer before the kill: " + response);
        }
        throw new IllegalStateException(response.toString());
    }

    private static Map<String, Object> offer(String candidateId, String requisitionId) {
        return Map.of("candidateId", candidateId, "requisitionId", requisitionId,
                "compensation", Map.of("baseSalary", Map.of("amount", "95472.00", "currency", "USD")),
                "workMode", "HYBRID", "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString());
    }

    private static List<String> allCandidates(Api api) {
        List<String> ids = new ArrayList<>();
        pages(api, "/api/v1/candidates/search?q=crash&sort=OLDEST").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static List<JsonNode> allOffers(Api api) {
        return pages(api, "/api/v1/offers?");
    }

    private static List<JsonNode> pages(Api api, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.endsWith("?") ? "" : "&";
            JsonNode page = api.get(path + separator + "limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(items::add);
            cursor = page.path("nextCursor").isString() ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        return items;
    }

    private static Set<String> storedStages(Api hank, List<String> storedCandidates) {
        Set<String> stages = new java.util.HashSet<>();
        for (String candidateId : storedCandidates) {
            hank.get("/api/v1/interview-loops?candidateId=" + candidateId).json().get("items").forEach(loop ->
                    loop.get("results").forEach(result -> stages.add(loop.get("id").asString() + "|"
                            + result.get("stageKey").asString())));
        }
        return stages;
    }

    private static Set<String> ids(List<TopicLog.Event> events, String typeSuffix, String field) {
        return events.stream().filter(e -> e.type().endsWith(typeSuffix)).map(e -> e.field(field))
                .collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> published, java.util.Collection<String> stored) {
        Set<String> extra = new java.util.HashSet<>(published);
        extra.removeAll(stored);
        return extra;
    }
}
