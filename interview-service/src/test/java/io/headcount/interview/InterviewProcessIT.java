package io.headcount.interview;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import io.headcount.events.SourceChannel;
import io.headcount.events.Topics;
import io.headcount.events.WorkMode;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.interview.takehome.application.TakeHomeExpiry;
import io.headcount.interview.takehome.application.TakeHomeRepository;
import io.headcount.interview.takehome.application.TakeHomeService;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.AtOnce;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import io.headcount.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The interview process end to end inside interview-service: plans, bookings, scorecards, take-homes, reactions. */
@HeadcountServiceTest
class InterviewProcessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Each booking gets its own hour, far enough ahead to be upcoming, so tests never clash with each other. */
    private static final AtomicLong HOURS = new AtomicLong(24);

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.INTERVIEW));

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    TakeHomeRepository takeHomeRepository;
    @Autowired
    TakeHomeService takeHomeService;

    @Test
    void editing_a_plan_mid_loop_leaves_running_loops_on_the_plan_they_started_with() {
        String requisitionId = givenRequisition("hank");
        JsonNode plan = as("tess").get("/api/v1/interview-plans/" + requisitionId).json();
        String runningLoop = givenLoop(requisitionId);

        Api.Response edited = as("alice").header("If-Match", "\"" + plan.get("version").asLong() + "\"")
                .put("/api/v1/interview-plans/" + requisitionId, Map.of("stages", List.of(
                        Map.of("key", "phone-screen", "kind", "RECRUITER_SCREEN", "name", "Phone screen",
                                "durationMinutes", 20, "focusAttributes", List.of("interest")),
                        Map.of("key", "pairing", "kind", "TECHNICAL", "name", "Pairing", "format", "LIVE_EXERCISE",
                                "durationMinutes", 90, "focusAttributes", List.of("collaboration"),
                                "minScorecards", 2))));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        String laterLoop = givenLoop(requisitionId);

        JsonNode running = as("hank").get("/api/v1/interview-loops/" + runningLoop).json();
        assertThat(keys(running.get("stages"))).containsExactly("recruiter-screen", "hiring-manager-screen",
                "technical-live", "technical-take-home", "executive-screen");
        assertThat(running.get("planVersion").asLong()).isEqualTo(plan.get("version").asLong());
        JsonNode later = as("hank").get("/api/v1/interview-loops/" + laterLoop).json();
        assertThat(keys(later.get("stages"))).containsExactly("phone-screen", "pairing");
        assertThat(as("alice").header("If-Match", "\"" + plan.get("version").asLong() + "\"")
                .put("/api/v1/interview-plans/" + requisitionId, Map.of("stages", List.of(Map.of("key", "x",
                        "kind", "EXECUTIVE_SCREEN", "name", "X", "durationMinutes", 30,
                        "focusAttributes", List.of("y"))))).status()).as("stale If-Match").isEqualTo(412);
    }

    @Test
    void a_plan_refuses_a_kit_question_that_is_not_in_the_teams_bank() {
        String requisitionId = givenRequisition("hank");
        JsonNode plan = as("tess").get("/api/v1/interview-plans/" + requisitionId).json();

        Api.Response response = as("tess").header("If-Match", "\"" + plan.get("version").asLong() + "\"")
                .put("/api/v1/interview-plans/" + requisitionId, Map.of("stages", List.of(Map.of("key", "screen",
                        "kind", "RECRUITER_SCREEN", "name", "Screen", "durationMinutes", 30,
                        "focusAttributes", List.of("interest"), "questionIds",
                        List.of("0123456789abcdef0123456789abcdef")))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("stages[0].questionIds");
    }

    @Test
    void sixteen_concurrent_bookings_of_one_interviewer_into_overlapping_slots_store_exactly_one() {
        String requisitionId = givenRequisition("hank");
        String interviewer = newInterviewer();
        List<String> loops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            loops.add(givenLoop(requisitionId));
        }
        Instant start = nextHour();
        List<Api.Response> responses = AtOnce.run(16, i -> {
            String loopId = loops.get(i % loops.size());
            Instant from = start.plus(5L * (i % 6), ChronoUnit.MINUTES);
            return as("alice").post("/api/v1/interviews", schedule(loopId, "technical-live", List.of(interviewer,
                    "pair-" + UUID.randomUUID().toString().substring(0, 6)), from, from.plus(45, ChronoUnit.MINUTES)));
        });

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains(interviewer);
        });
        List<JsonNode> stored = new ArrayList<>();
        for (String loopId : loops) {
            as("alice").get("/api/v1/interviews?loopId=" + loopId).json().get("items").valueStream()
                    .forEach(stored::add);
        }
        assertThat(stored).hasSize(1);
        JsonNode mine = withToken(interviewer, "INTERVIEWER").get("/api/v1/interviews/mine").json();
        assertThat(mine.get("items")).hasSize(1);
    }

    @Test
    void a_loops_interviews_come_in_cursor_pages_by_start_time() {
        String loopId = givenLoop(givenRequisition("hank"));
        Instant first = nextHour();
        Instant second = nextHour();
        Instant third = nextHour();
        String late = bookLiveExercise(loopId, newInterviewer(), third);
        String early = bookLiveExercise(loopId, newInterviewer(), first);
        String middle = bookLiveExercise(loopId, newInterviewer(), second);

        JsonNode page = as("alice").get("/api/v1/interviews?loopId=" + loopId + "&limit=2").json();
        JsonNode rest = as("alice").get("/api/v1/interviews?loopId=" + loopId + "&limit=2&cursor="
                + page.get("nextCursor").asString()).json();

        assertThat(page.get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(early, middle);
        assertThat(rest.get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(late);
        assertThat(rest.get("nextCursor").isNull()).as("the last page").isTrue();
        assertThat(as("alice").get("/api/v1/scorecards?loopId=" + loopId).json().get("items")).isEmpty();
        assertThat(as("alice").get("/api/v1/take-homes?loopId=" + loopId).json().get("items")).isEmpty();
        assertThat(as("alice").get("/api/v1/interviews?loopId=" + loopId + "&cursor=not!base64").status())
                .isEqualTo(400);
    }

    @Test
    void cancelling_frees_the_slot_and_rescheduling_into_a_taken_slot_is_409() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        String interviewer = newInterviewer();
        Instant ten = nextHour();
        String first = created(as("alice").post("/api/v1/interviews", schedule(loopId, "technical-live",
                List.of(interviewer), ten, ten.plus(1, ChronoUnit.HOURS))));
        Api.Response second = as("alice").post("/api/v1/interviews", schedule(loopId, "hiring-manager-screen",
                List.of(interviewer), ten.plus(1, ChronoUnit.HOURS), ten.plus(2, ChronoUnit.HOURS)));
        assertThat(second.status()).as("back to back is fine").isEqualTo(201);

        Api.Response moved = as("alice").header("If-Match", second.header("ETag"))
                .put("/api/v1/interviews/" + second.json().get("id").asString() + "/booking", booking(
                        List.of(interviewer), ten.plus(30, ChronoUnit.MINUTES), ten.plus(90, ChronoUnit.MINUTES)));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().get("existing").asString()).endsWith(first);

        assertThat(as("alice").post("/api/v1/interviews/" + first + "/cancel", Map.of("reason", "ill")).status())
                .isEqualTo(200);
        Api.Response retried = as("alice").header("If-Match", second.header("ETag"))
                .put("/api/v1/interviews/" + second.json().get("id").asString() + "/booking", booking(
                        List.of(interviewer), ten.plus(30, ChronoUnit.MINUTES), ten.plus(90, ChronoUnit.MINUTES)));
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        published.awaitOne(candidateOf(loopId), "InterviewCancelled");
    }

    @Test
    void scorecards_are_blind_until_the_interviewer_submitted_their_own_and_drafts_are_their_authors_alone() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        String first = newInterviewer();
        String second = newInterviewer();
        Instant at = startedJustNow();
        String interviewId = created(as("alice").post("/api/v1/interviews", schedule(loopId, "technical-live",
                List.of(first, second), at, at.plus(1, ChronoUnit.HOURS))));
        String firstCard = created(withToken(first, "INTERVIEWER").post("/api/v1/scorecards",
                scorecard(interviewId, "YES", true)));

        Api secondInterviewer = withToken(second, "INTERVIEWER");
        assertThat(secondInterviewer.get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("before").isEmpty();
        Api.Response peek = secondInterviewer.get("/api/v1/scorecards/" + firstCard);
        assertThat(peek.status()).isEqualTo(403);
        assertThat(peek.json().get("detail").asString()).contains("blind");
        String draft = created(secondInterviewer.post("/api/v1/scorecards", scorecard(interviewId, "NO", false)));
        assertThat(secondInterviewer.get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("a draft is not enough")
                .hasSize(1);

        Api firstInterviewer = withToken(first, "INTERVIEWER");
        assertThat(firstInterviewer.get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("others' drafts: never")
                .singleElement().satisfies(card -> assertThat(card.get("id").asString()).isEqualTo(firstCard));
        Api.Response draftPeek = firstInterviewer.get("/api/v1/scorecards/" + draft);
        assertThat(draftPeek.status()).isEqualTo(403);
        assertThat(draftPeek.json().get("detail").asString()).contains("draft").doesNotContain("trade-offs");
        assertThat(as("hank").get("/api/v1/scorecards/" + draft).status()).as("not even the hiring manager")
                .isEqualTo(403);
        assertThat(as("alice").get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("recruiter, before")
                .hasSize(1);
        assertThat(secondInterviewer.post("/api/v1/scorecards/" + draft + "/submit", "").status()).isEqualTo(200);

        assertThat(secondInterviewer.get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("after").hasSize(2);
        assertThat(secondInterviewer.get("/api/v1/scorecards/" + firstCard).status()).isEqualTo(200);
        assertThat(firstInterviewer.get("/api/v1/scorecards/" + draft).status()).isEqualTo(200);
        assertThat(as("hank").get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("hiring manager").hasSize(2);
        assertThat(as("alice").get("/api/v1/scorecards?loopId=" + loopId).json().get("items"))
                .as("recruiter").hasSize(2);
        assertThat(withToken("someone-else", "INTERVIEWER").post("/api/v1/scorecards",
                scorecard(interviewId, "YES", true)).status()).as("not assigned").isEqualTo(403);
        HeadcountEvent event = published.awaitOne(candidateOf(loopId), "ScorecardSubmitted").body().orElseThrow();
        assertThat(event.toString()).contains("problem solving").doesNotContain("trade-offs");
    }

    @Test
    void an_interviews_scorecard_is_submitted_once_the_interview_has_started_and_drafted_any_time() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        String interviewer = newInterviewer();
        String interviewId = bookLiveExercise(loopId, interviewer, nextHour());
        Api ivy = withToken(interviewer, "INTERVIEWER");

        Api.Response early = ivy.post("/api/v1/scorecards", scorecard(interviewId, "YES", true));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("once it has started");
        String draft = created(ivy.post("/api/v1/scorecards", scorecard(interviewId, "YES", false)));
        assertThat(ivy.post("/api/v1/scorecards/" + draft + "/submit", "").status()).isEqualTo(409);

        Instant started = startedJustNow();
        String etag = as("alice").get("/api/v1/interviews/" + interviewId).header("ETag");
        Api.Response moved = as("alice").header("If-Match", etag).put("/api/v1/interviews/" + interviewId
                + "/booking", booking(List.of(interviewer), started, started.plus(1, ChronoUnit.HOURS)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(ivy.post("/api/v1/scorecards/" + draft + "/submit", "").status()).isEqualTo(200);
        assertThat(published.matching(PublishedEvents.about(candidateOf(loopId))
                .and(PublishedEvents.ofType("ScorecardSubmitted")))).hasSizeLessThanOrEqualTo(1);
        published.awaitOne(candidateOf(loopId), "ScorecardSubmitted");
    }

    @Test
    void each_kind_of_stage_is_decided_by_its_owner_and_a_technical_round_needs_its_scorecard() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);

        assertForbidden(decide("ivan", loopId, "recruiter-screen"), "RECRUITER");
        assertForbidden(decide("tess", loopId, "recruiter-screen"), "RECRUITER");
        assertThat(decide("hank", loopId, "recruiter-screen").status()).as("the hiring manager may").isEqualTo(200);
        Api.Response again = decide("alice", loopId, "recruiter-screen");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already decided");
        assertForbidden(decide("alice", loopId, "hiring-manager-screen"), "hiring manager");
        assertThat(decide("tess", loopId, "hiring-manager-screen").status()).isEqualTo(200);
        assertForbidden(decide("tess", loopId, "technical-live"), "hiring manager");
        Api.Response early = decide("hank", loopId, "technical-live");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("scorecard");

        String interviewer = newInterviewer();
        String interviewId = bookLiveExercise(loopId, interviewer, startedJustNow());
        String card = created(withToken(interviewer, "INTERVIEWER").post("/api/v1/scorecards",
                scorecard(interviewId, "STRONG_YES", true)));
        Api.Response decided = decide("hank", loopId, "technical-live");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("results").get(2).get("scorecardIds").get(0).asString()).isEqualTo(card);
        assertThat(decided.json().get("results").get(2).get("reason").asString()).isEqualTo("because");
        assertThat(as("hank").post("/api/v1/interview-loops/" + loopId + "/decisions", Map.of("stage",
                "technical-take-home", "decision", "REJECT")).status()).as("needs the take-home's scorecard")
                .isEqualTo(409);
    }

    @Test
    void a_take_home_expires_once_however_many_sweepers_see_it() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        String takeHomeId = created(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId,
                "stageKey", "technical-take-home", "exerciseRef", "exercises/order-book", "reviewerIds",
                List.of("ivan"))));
        Instant deadline = Instant.parse(as("alice").get("/api/v1/take-homes/" + takeHomeId).json().get("deadline")
                .asString());
        TakeHomeExpiry one = new TakeHomeExpiry(takeHomeRepository, takeHomeService, Clock.systemUTC());
        TakeHomeExpiry other = new TakeHomeExpiry(takeHomeRepository, takeHomeService, Clock.systemUTC());

        List<TakeHomeExpiry> sweeps = List.of(one, other, one, other);
        AtOnce.run(sweeps.size(), 2, i -> {
            sweeps.get(i).sweepAsOf(deadline.plusSeconds(1));
            return null;
        });

        JsonNode expired = as("alice").get("/api/v1/take-homes/" + takeHomeId).json();
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("version").asLong()).as("assigned, then expired once").isEqualTo(2);
        published.awaitOne(candidateOf(loopId), "TakeHomeExpired");
        assertThat(published.matching(PublishedEvents.about(candidateOf(loopId))
                .and(PublishedEvents.ofType("TakeHomeExpired")))).hasSize(1);
        assertThat(as("alice").post("/api/v1/take-homes/" + takeHomeId + "/submission",
                Map.of("submissionRef", "https://github.com/ada/late")).status()).isEqualTo(409);
    }

    @Test
    void a_take_home_goes_from_assignment_to_review_and_unlocks_the_stage() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        String reviewer = "rv-" + UUID.randomUUID().toString().substring(0, 8);
        String takeHomeId = created(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId,
                "stageKey", "technical-take-home", "exerciseRef", "exercises/order-book", "reviewerIds",
                List.of(reviewer))));
        assertThat(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId, "stageKey",
                "technical-take-home", "exerciseRef", "again", "reviewerIds", List.of(reviewer))).status())
                .as("one per stage").isEqualTo(409);
        assertThat(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId, "stageKey", "technical-live",
                "exerciseRef", "x", "reviewerIds", List.of(reviewer))).status()).as("not a take-home stage")
                .isEqualTo(400);

        Instant later = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(as("alice").post("/api/v1/take-homes/" + takeHomeId + "/extension", Map.of("deadline",
                later.toString(), "reason", "travelling")).status()).isEqualTo(200);
        assertThat(as("alice").post("/api/v1/take-homes/" + takeHomeId + "/submission", Map.of("submissionRef",
                "https://github.com/ada/order-book")).status()).isEqualTo(200);
        assertThat(as("hank").post("/api/v1/take-homes/" + takeHomeId + "/review", "").status())
                .as("no scorecard yet").isEqualTo(409);
        created(withToken(reviewer, "INTERVIEWER").post("/api/v1/scorecards", takeHomeScorecard(takeHomeId)));
        JsonNode reviewed = as("hank").post("/api/v1/take-homes/" + takeHomeId + "/review", "").json();

        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
        String candidateId = candidateOf(loopId);
        published.awaitOne(candidateId, "TakeHomeReviewed");
        assertThat(published.matching(PublishedEvents.about(candidateId)).stream().map(EventEnvelope::type)
                .filter(type -> type.contains("TakeHome")).toList()).containsExactly(
                "io.headcount.interview.TakeHomeAssigned.v1", "io.headcount.interview.TakeHomeDeadlineExtended.v1",
                "io.headcount.interview.TakeHomeSubmitted.v1", "io.headcount.interview.TakeHomeReviewed.v1");
    }

    @Test
    void a_closed_requisition_closes_its_loops_and_cancels_their_upcoming_interviews() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        Instant at = nextHour();
        String interviewId = created(as("alice").post("/api/v1/interviews", schedule(loopId, "recruiter-screen",
                List.of("alice"), at, at.plus(30, ChronoUnit.MINUTES))));

        send(new RequisitionClosed(requisitionId, "FILLED"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(as("alice").get("/api/v1/interview-loops/" + loopId).json().get("status").asString())
                    .isEqualTo("CLOSED");
            assertThat(as("alice").get("/api/v1/interviews/" + interviewId).json().get("status").asString())
                    .isEqualTo("CANCELLED");
            assertThat(as("alice").get("/api/v1/interview-plans/" + requisitionId).json().get("requisition")
                    .get("open").asBoolean()).isFalse();
        });
        published.awaitOne(candidateOf(loopId), "InterviewCancelled");
    }

    @Test
    void a_filled_requisition_cancels_the_upcoming_interviews_of_undecided_loops_and_leaves_the_hired_ones_alone() {
        String requisitionId = givenRequisition("hank");
        String hiredLoop = givenLoop(requisitionId);
        String otherLoop = givenLoop(requisitionId);
        String interviewer = newInterviewer();
        Instant started = startedJustNow();
        String heldInterview = created(as("alice").post("/api/v1/interviews", schedule(hiredLoop, "technical-live",
                List.of(interviewer), started, started.plus(1, ChronoUnit.HOURS))));
        created(withToken(interviewer, "INTERVIEWER").post("/api/v1/scorecards",
                scorecard(heldInterview, "STRONG_YES", true)));
        passEveryStage(hiredLoop, interviewer);
        Instant later = nextHour();
        String upcomingOfOther = created(as("alice").post("/api/v1/interviews", schedule(otherLoop,
                "recruiter-screen", List.of("alice"), later, later.plus(30, ChronoUnit.MINUTES))));

        send(new RequisitionClosed(requisitionId, "FILLED"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as("alice").get("/api/v1/interviews/"
                + upcomingOfOther).json().get("status").asString()).isEqualTo("CANCELLED"));
        published.awaitOne(candidateOf(otherLoop), "InterviewCancelled");
        assertThat(as("alice").get("/api/v1/interviews/" + heldInterview).json().get("status").asString())
                .isEqualTo("SCHEDULED");
        assertThat(published.matching(PublishedEvents.about(candidateOf(hiredLoop))
                .and(PublishedEvents.ofType("InterviewCancelled")))).isEmpty();
        assertThat(as("alice").get("/api/v1/interview-loops/" + hiredLoop).json().get("status").asString())
                .as("closed until its OfferAccepted arrives, which makes it HIRED").isEqualTo("CLOSED");
    }

    @Test
    void a_revised_requisition_hands_its_stages_to_the_new_hiring_manager() {
        String requisitionId = givenRequisition("someone-else");
        String loopId = givenLoop(requisitionId);
        assertThat(decide("alice", loopId, "recruiter-screen").status()).isEqualTo(200);
        assertThat(decide("hank", loopId, "hiring-manager-screen").status()).isEqualTo(403);

        send(new RequisitionRevised(requisitionId, "Backend Engineer", "L4", "Berlin", WorkMode.HYBRID,
                List.of("java"), "hank", 1));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as("hank").get("/api/v1/interview-plans/"
                + requisitionId).json().get("requisition").get("hiringManagerId").asString()).isEqualTo("hank"));
        assertThat(decide("hank", loopId, "hiring-manager-screen").status()).isEqualTo(200);
    }

    @Test
    void erasure_removes_the_name_and_every_note_but_keeps_ratings_stages_and_dates() {
        String requisitionId = givenRequisition("hank");
        String loopId = givenLoop(requisitionId);
        assertThat(decide("alice", loopId, "recruiter-screen").status()).isEqualTo(200);
        String interviewer = newInterviewer();
        String interviewId = bookLiveExercise(loopId, interviewer, startedJustNow());
        String card = created(withToken(interviewer, "INTERVIEWER").post("/api/v1/scorecards",
                scorecard(interviewId, "YES", true)));
        String takeHomeId = created(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId,
                "stageKey", "technical-take-home", "exerciseRef", "exercises/order-book", "reviewerIds",
                List.of(interviewer))));
        as("alice").post("/api/v1/take-homes/" + takeHomeId + "/submission", Map.of("submissionRef",
                "https://github.com/ada-lovelace/order-book"));

        send(new CandidateErased(candidateOf(loopId)));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode loop = as("alice").get("/api/v1/interview-loops/" + loopId).json();
            assertThat(loop.path("candidateName").isNull() || loop.path("candidateName").isMissingNode()).isTrue();
            assertThat(loop.get("results").get(0).path("reason").isNull()
                    || loop.get("results").get(0).path("reason").isMissingNode()).isTrue();
            JsonNode scorecard = as("alice").get("/api/v1/scorecards/" + card).json();
            assertThat(scorecard.path("notes").isNull() || scorecard.path("notes").isMissingNode()).isTrue();
            assertThat(scorecard.get("questionNotes")).isEmpty();
            assertThat(scorecard.get("ratings")).hasSize(3);
            JsonNode takeHome = as("alice").get("/api/v1/take-homes/" + takeHomeId).json();
            assertThat(takeHome.path("submissionRef").isNull() || takeHome.path("submissionRef").isMissingNode())
                    .isTrue();
            assertThat(takeHome.get("status").asString()).isEqualTo("SUBMITTED");
        });
        assertThat(as("alice").get("/api/v1/interview-loops/" + loopId).json().get("results").get(0).get("decision")
                .asString()).isEqualTo("ADVANCE");
    }

    @Test
    void a_new_teams_bank_is_seeded_once_with_the_guides_questions_under_concurrent_first_use() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        Api member = Api.at(port).withToken(TestTokens.with("rita", List.of(team), List.of("RECRUITER")));
        List<Integer> firstUses = AtOnce.run(8, i -> member.get("/api/v1/question-bank/questions?limit=100").status());
        assertThat(firstUses).containsOnly(200);

        List<JsonNode> all = member.get("/api/v1/question-bank/questions?limit=100").json().get("items")
                .valueStream().toList();
        assertThat(all).hasSize(37);
        Map<String, Integer> perCategory = new HashMap<>();
        all.forEach(q -> perCategory.merge(q.get("category").asString(), 1, Integer::sum));
        assertThat(perCategory).containsEntry("PROGRAMMING_LANGUAGES", 8).containsEntry("DESIGN", 2)
                .containsEntry("APIS_AND_FRAMEWORKS", 4).containsEntry("DATABASES", 4)
                .containsEntry("NETWORKING", 7).containsEntry("TESTING", 4).containsEntry("BEHAVIOURAL", 8);
        assertThat(member.get("/api/v1/question-bank/questions?text=N%2B1").json().get("items").get(0).get("text")
                .asString()).isEqualTo("What is N+1 problem in ORM?");
    }

    @Test
    void questions_are_added_searched_by_tag_and_archived_without_leaving_kits() {
        Api alice = as("alice");
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response added = alice.post("/api/v1/question-bank/questions", Map.of("category", "DATABASES",
                "text", "How would you shard a tenant table?", "minLevel", "L5", "maxLevel", "L7", "tags",
                List.of(tag, "sharding"), "rubric", Map.of("strong", "talks about hot keys", "weak",
                        "only vertical scaling")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        assertThat(alice.get("/api/v1/question-bank/questions?tag=" + tag).json().get("items")).hasSize(1);

        Api.Response archived = alice.header("If-Match", added.header("ETag")).put("/api/v1/question-bank/questions/"
                + id, Map.of("category", "DATABASES", "text", "How would you shard a tenant table?", "tags",
                List.of(tag), "archived", true));
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(alice.get("/api/v1/question-bank/questions?tag=" + tag).json().get("items")).isEmpty();
        assertThat(alice.get("/api/v1/question-bank/questions?tag=" + tag + "&includeArchived=true").json()
                .get("items")).hasSize(1);
        assertThat(alice.post("/api/v1/question-bank/questions", Map.of("category", "DATABASES", "text", "x",
                "minLevel", "L6", "maxLevel", "L2")).json().get("errors").get(0).get("field").asString())
                .isEqualTo("maxLevel");
        assertThat(as("aria").post("/api/v1/question-bank/questions", Map.of("category", "DATABASES", "text", "x"))
                .status()).as("approvers do not write questions").isEqualTo(403);
    }

    // --- helpers

    private static Map<String, Object> schedule(String loopId, String stageKey, List<String> interviewers,
                                                Instant from, Instant to) {
        Map<String, Object> body = new HashMap<>(booking(interviewers, from, to));
        body.put("loopId", loopId);
        body.put("stageKey", stageKey);
        return body;
    }

    private static Map<String, Object> booking(List<String> interviewers, Instant from, Instant to) {
        return Map.of("interviewerIds", interviewers, "startsAt", from.toString(), "endsAt", to.toString(),
                "candidateTimeZone", "Europe/Berlin", "videoLink", "https://meet.example.com/abc-defg");
    }

    private static Map<String, Object> takeHomeScorecard(String takeHomeId) {
        return Map.of("assessmentId", takeHomeId, "ratings", List.of(Map.of("attribute", "code quality", "rating", 4),
                Map.of("attribute", "testing", "rating", 3), Map.of("attribute", "design", "rating", 3)),
                "recommendation", "YES", "submit", true);
    }

    private static String newInterviewer() {
        return "iv-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Books the loop's live exercise for an hour from {@code at} with one interviewer; the interview's id. */
    private String bookLiveExercise(String loopId, String interviewer, Instant at) {
        return created(as("alice").post("/api/v1/interviews", schedule(loopId, "technical-live",
                List.of(interviewer), at, at.plus(1, ChronoUnit.HOURS))));
    }

    private static Map<String, Object> scorecard(String interviewId, String recommendation, boolean submit) {
        return Map.of("assessmentId", interviewId, "ratings", List.of(Map.of("attribute", "problem solving",
                        "rating", 3), Map.of("attribute", "programming languages", "rating", 4),
                Map.of("attribute", "code quality", "rating", 3)), "questionNotes", List.of(),
                "recommendation", recommendation, "notes", "clear on trade-offs", "submit", submit);
    }

    private void passEveryStage(String loopId, String reviewer) {
        assertThat(decide("alice", loopId, "recruiter-screen").status()).isEqualTo(200);
        assertThat(decide("hank", loopId, "hiring-manager-screen").status()).isEqualTo(200);
        assertThat(decide("hank", loopId, "technical-live").status()).isEqualTo(200);
        String takeHomeId = created(as("alice").post("/api/v1/take-homes", Map.of("loopId", loopId,
                "stageKey", "technical-take-home", "exerciseRef", "exercises/order-book", "reviewerIds",
                List.of(reviewer))));
        assertThat(as("alice").post("/api/v1/take-homes/" + takeHomeId + "/submission", Map.of("submissionRef",
                "https://github.com/ada/order-book")).status()).isEqualTo(200);
        created(withToken(reviewer, "INTERVIEWER").post("/api/v1/scorecards", takeHomeScorecard(takeHomeId)));
        assertThat(decide("hank", loopId, "technical-take-home").status()).isEqualTo(200);
        Api.Response last = decide("tess", loopId, "executive-screen");
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().get("status").asString()).isEqualTo("COMPLETED");
    }

    private Api.Response decide(String user, String loopId, String stage) {
        return as(user).post("/api/v1/interview-loops/" + loopId + "/decisions", Map.of("stage", stage,
                "decision", "ADVANCE", "reason", "because"));
    }

    private static void assertForbidden(Api.Response response, String needed) {
        assertThat(response).isNotNull();
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains(needed);
    }

    /** On the booking grid, at or before now: the interview is under way, so its scorecards may be submitted. */
    private static Instant startedJustNow() {
        long grid = io.headcount.interview.scheduling.model.Booking.GRID.toSeconds();
        long now = Instant.now().getEpochSecond();
        return Instant.ofEpochSecond(now - now % grid);
    }

    private static Instant nextHour() {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(HOURS.incrementAndGet(), ChronoUnit.HOURS);
    }

    private String givenRequisition(String hiringManager) {
        String requisitionId = UUID.randomUUID().toString().replace("-", "");
        send(new RequisitionOpened(requisitionId, "Backend Engineer", "L4", "Berlin", WorkMode.HYBRID,
                List.of("java"), hiringManager, 1));
        await().atMost(PATIENCE).until(() -> as("alice").get("/api/v1/interview-plans/" + requisitionId).status(),
                status -> status == 200);
        return requisitionId;
    }

    private final Map<String, String> candidates = new java.util.concurrent.ConcurrentHashMap<>();

    private String givenLoop(String requisitionId) {
        String candidateId = "cand-" + UUID.randomUUID();
        send(new CandidateSourced(candidateId, requisitionId, SourceChannel.REFERRAL, "Ada Lovelace", null,
                List.of("java")));
        String loopId = await().atMost(PATIENCE).until(() -> as("alice").get("/api/v1/interview-loops?candidateId="
                + candidateId + "&requisitionId=" + requisitionId).json().get("items"), items -> items.size() == 1)
                .get(0).get("id").asString();
        candidates.put(loopId, candidateId);
        return loopId;
    }

    private String candidateOf(String loopId) {
        return candidates.get(loopId);
    }

    private void send(HeadcountEvent event) {
        kafka.send(CloudEventsKafka.toRecord(outboxEvents.stamp("team-a", List.of(event)).get(0)));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> keys(JsonNode stages) {
        return stages.valueStream().map(stage -> stage.get("key").asString()).toList();
    }

    private Api as(String user) {
        return Api.at(port).as(user);
    }

    private Api withToken(String user, String role) {
        return Api.at(port).withToken(TestTokens.with(user, List.of("team-a"), List.of(role)));
    }
}
