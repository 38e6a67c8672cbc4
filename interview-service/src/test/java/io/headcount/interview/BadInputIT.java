package io.headcount.interview;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.BadInput;
import io.headcount.testsupport.HeadcountServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.headcount.testsupport.BadInput.enumeration;
import static io.headcount.testsupport.BadInput.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A stage decision with each field spoiled: a 400 problem+json naming it, and the loop unchanged. */
@HeadcountServiceTest
class BadInputIT {

    private static String loopId;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeEach
    void givenAnOpenLoop() {
        if (loopId == null) {
            String candidateId = "cand-" + UUID.randomUUID();
            kafka.send(CloudEventsKafka.toRecord(outboxEvents.stamp("team-a", List.of(new CandidateSourced(
                    candidateId, "req-bad-input", SourceChannel.LINKEDIN, "Ada", null, List.of()))).get(0)));
            loopId = await().atMost(Duration.ofSeconds(30)).until(() -> hank().get(
                    "/api/v1/interview-loops?candidateId=" + candidateId).json().get("items"),
                    items -> items.size() == 1).get(0).get("id").asString();
        }
    }

    static Stream<BadInput.Case> badDecisions() {
        return BadInput.cases(Map.of("stage", "RECRUITER_SCREEN", "decision", "ADVANCE", "reason", "clear"),
                enumeration("stage"), enumeration("decision"), text("reason"));
    }

    @ParameterizedTest(name = "POST /interview-loops/id/decisions with {0}")
    @MethodSource("badDecisions")
    void deciding_a_stage(BadInput.Case bad) {
        String etag = hank().get("/api/v1/interview-loops/" + loopId).header("ETag");

        Api.Response response = alice().post("/api/v1/interview-loops/" + loopId + "/decisions", bad.json());

        BadInput.assertRefused(response, bad);
        assertThat(hank().get("/api/v1/interview-loops/" + loopId).header("ETag")).isEqualTo(etag);
    }

    private static final java.time.Instant IN_A_MONTH = java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(java.time.Duration.ofDays(30));

    static Stream<BadInput.Case> badBookings() {
        return BadInput.cases(Map.of("loopId", "0".repeat(32), "stageKey", "technical-live", "interviewerIds",
                        List.of("ivan"), "startsAt", IN_A_MONTH.toString(), "endsAt", IN_A_MONTH.plusSeconds(3600).toString(),
                        "candidateTimeZone", "Europe/Berlin", "videoLink", "https://meet.example.com/x"),
                text("loopId"), text("stageKey"), BadInput.textList("interviewerIds"),
                BadInput.textListElement("interviewerIds"), BadInput.instant("startsAt"), BadInput.instant("endsAt"),
                text("candidateTimeZone"), text("location"), text("videoLink"));
    }

    @ParameterizedTest(name = "POST /interviews with {0}")
    @MethodSource("badBookings")
    void booking_an_interview(BadInput.Case bad) {
        Api.Response response = alice().post("/api/v1/interviews", bad.json());

        BadInput.assertRefused(response, bad);
    }

    static Stream<BadInput.Case> badQuestions() {
        return BadInput.cases(Map.of("category", "DATABASES", "text", "What is ACID?", "minLevel", "L2",
                        "maxLevel", "L6", "tags", List.of("sql")),
                enumeration("category"), text("text"), text("minLevel"), text("maxLevel"), BadInput.textList("tags"),
                BadInput.textListElement("tags"), BadInput.object("rubric"), BadInput.bool("archived"));
    }

    @ParameterizedTest(name = "POST /question-bank/questions with {0}")
    @MethodSource("badQuestions")
    void adding_a_question(BadInput.Case bad) {
        Api.Response response = alice().post("/api/v1/question-bank/questions", bad.json());

        BadInput.assertRefused(response, bad);
    }

    @ParameterizedTest(name = "PUT /question-bank/questions/id with {0}")
    @MethodSource("badQuestions")
    void editing_a_question(BadInput.Case bad) {
        String questionId = questionToEdit();
        String etag = alice().get("/api/v1/question-bank/questions/" + questionId).header("ETag");

        Api.Response response = alice().header("If-Match", etag).put("/api/v1/question-bank/questions/"
                + questionId, bad.json());

        BadInput.assertRefused(response, bad);
        assertThat(alice().get("/api/v1/question-bank/questions/" + questionId).header("ETag")).isEqualTo(etag);
    }

    static Stream<BadInput.Case> badPlans() {
        return BadInput.cases(Map.of("stages", List.of(Map.of("key", "screen", "kind", "RECRUITER_SCREEN", "name",
                        "Screen", "durationMinutes", 30, "focusAttributes", List.of("motivation")))),
                BadInput.textList("stages"), BadInput.nulled("stages"));
    }

    @ParameterizedTest(name = "PUT /interview-plans/id with {0}")
    @MethodSource("badPlans")
    void replacing_an_interview_plan(BadInput.Case bad) {
        Api.Response before = alice().get("/api/v1/interview-plans/req-bad-input");

        Api.Response response = alice().header("If-Match", before.header("ETag") == null ? "\"0\""
                : before.header("ETag")).put("/api/v1/interview-plans/req-bad-input", bad.json());

        BadInput.assertRefused(response, bad);
        Api.Response after = alice().get("/api/v1/interview-plans/req-bad-input");
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }

    static Stream<BadInput.Case> badScorecards() {
        return BadInput.cases(Map.of("assessmentId", "0".repeat(32), "ratings", List.of(Map.of("attribute",
                        "problem solving", "rating", 3)), "recommendation", "YES", "notes", "clear", "submit", false),
                text("assessmentId"), BadInput.textList("ratings"), enumeration("recommendation"), text("notes"),
                BadInput.bool("submit"), text("amendReason"), BadInput.textList("questionNotes"));
    }

    @ParameterizedTest(name = "POST /scorecards with {0}")
    @MethodSource("badScorecards")
    void starting_a_scorecard(BadInput.Case bad) {
        long before = mongo.getCollection("scorecards").countDocuments();

        BadInput.assertRefused(Api.at(port).as("ivan").post("/api/v1/scorecards", bad.json()), bad);

        assertThat(mongo.getCollection("scorecards").countDocuments()).isEqualTo(before);
    }

    static Stream<BadInput.Case> badTakeHomes() {
        return BadInput.cases(Map.of("loopId", "0".repeat(32), "stageKey", "technical-take-home", "exerciseRef",
                        "exercises/order-book", "reviewerIds", List.of("ivan")),
                text("loopId"), text("stageKey"), text("exerciseRef"), BadInput.textList("reviewerIds"),
                BadInput.textListElement("reviewerIds"), BadInput.nulled("reviewerIds"));
    }

    @ParameterizedTest(name = "POST /take-homes with {0}")
    @MethodSource("badTakeHomes")
    void assigning_a_take_home(BadInput.Case bad) {
        long before = mongo.getCollection("take_homes").countDocuments();

        BadInput.assertRefused(alice().post("/api/v1/take-homes", bad.json()), bad);

        assertThat(mongo.getCollection("take_homes").countDocuments()).isEqualTo(before);
    }

    private static String questionId;

    private String questionToEdit() {
        if (questionId == null) {
            questionId = alice().post("/api/v1/question-bank/questions", Map.of("category", "DATABASES", "text",
                    "What does an index cost on writes?")).json().get("id").asString();
        }
        return questionId;
    }

    private Api hank() {
        return Api.at(port).as("hank");
    }

    private Api alice() {
        return Api.at(port).as("alice");
    }
}
