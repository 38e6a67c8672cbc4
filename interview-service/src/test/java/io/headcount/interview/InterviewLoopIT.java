package io.headcount.interview;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.Topics;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.WorkMode;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HeadcountServiceTest
class InterviewLoopIT {

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.INTERVIEW));

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;

    @Test
    void a_sourced_candidate_gets_one_loop_even_when_the_change_arrives_three_times_once_under_a_new_id() {
        String candidateId = "cand-" + UUID.randomUUID();
        CandidateSourced change = new CandidateSourced(candidateId, "req-1", SourceChannel.LINKEDIN,
                "Ada Lovelace", "ada@example.com", List.of("java"));
        EventEnvelope sourced = candidateEvent(change);

        kafka.send(CloudEventsKafka.toRecord(sourced));
        kafka.send(CloudEventsKafka.toRecord(sourced));
        // the same change under another event id passes the id dedup: the handler itself must not open a second loop
        kafka.send(CloudEventsKafka.toRecord(candidateEvent(change)));
        // same key, same partition: once this later candidacy has its loop, the three copies were all handled
        kafka.send(CloudEventsKafka.toRecord(candidateEvent(new CandidateSourced(candidateId, "req-later",
                SourceChannel.LINKEDIN, "Ada Lovelace", "ada@example.com", List.of("java")))));

        List<JsonNode> loops = await().atMost(Duration.ofSeconds(30)).until(() -> loopsOf(candidateId),
                found -> found.size() == 2);
        JsonNode loop = loops.stream().filter(l -> l.get("requisitionId").asString().equals("req-1")).findFirst()
                .orElseThrow();
        assertThat(loop.get("status").asString()).isEqualTo("OPEN");
        assertThat(loop.get("currentStage").get("key").asString()).isEqualTo("recruiter-screen");
        assertThat(loop.get("candidateName").asString()).isEqualTo("Ada Lovelace");
        assertThat(loops).extracting(l -> l.get("requisitionId").asString()).containsExactlyInAnyOrder("req-1",
                "req-later");
        List<JsonNode> byCandidacy = Api.at(port).as("alice").get("/api/v1/interview-loops?candidateId="
                + candidateId + "&requisitionId=req-1").json().get("items").valueStream().toList();
        assertThat(byCandidacy).extracting(l -> l.get("id").asString()).containsExactly(loop.get("id").asString());
        assertThat(Api.at(port).as("bob").get("/api/v1/interview-loops?candidateId=" + candidateId
                + "&requisitionId=req-1").json().get("items")).as("another team's candidacy").isEmpty();
    }

    @Test
    void passing_every_stage_publishes_screen_passed_per_stage_then_loop_completed() {
        String requisitionId = "req-" + UUID.randomUUID();
        kafka.send(CloudEventsKafka.toRecord(candidateEvent(new RequisitionOpened(requisitionId, "SRE", "L4",
                "Remote", WorkMode.REMOTE, List.of(), "hank", 1))));
        JsonNode plan = await().atMost(Duration.ofSeconds(30)).until(() -> Api.at(port).as("tess")
                .get("/api/v1/interview-plans/" + requisitionId), r -> r.status() == 200).json();
        assertThat(Api.at(port).as("tess").header("If-Match", "\"" + plan.get("version").asLong() + "\"")
                .put("/api/v1/interview-plans/" + requisitionId, Map.of("stages", List.of(
                        Map.of("key", "screen", "kind", "RECRUITER_SCREEN", "name", "Screen", "durationMinutes", 30,
                                "focusAttributes", List.of("interest")),
                        Map.of("key", "exec", "kind", "EXECUTIVE_SCREEN", "name", "Exec", "durationMinutes", 30,
                                "focusAttributes", List.of("motivation"))))).status()).isEqualTo(200);
        String candidateId = givenALoopFor(requisitionId);
        String loopId = awaitLoopOf(candidateId).get("id").asString();

        for (String[] decision : List.of(new String[] {"alice", "screen"}, new String[] {"aria", "exec"})) {
            Api.Response decided = Api.at(port).as(decision[0]).post("/api/v1/interview-loops/" + loopId
                    + "/decisions", Map.of("stage", decision[1], "decision", "ADVANCE"));
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        }

        published.awaitOne(candidateId, "InterviewLoopCompleted");
        assertThat(published.matching(PublishedEvents.about(candidateId))).extracting(EventEnvelope::type)
                .containsExactly("io.headcount.interview.ScreenPassed.v1", "io.headcount.interview.ScreenPassed.v1",
                        "io.headcount.interview.InterviewLoopCompleted.v1");
        assertThat(Api.at(port).as("hank").get("/api/v1/interview-loops/" + loopId).json().get("status").asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void deciding_a_stage_out_of_order_is_400_naming_the_stage() {
        String candidateId = givenALoopFor("req-3");
        String loopId = awaitLoopOf(candidateId).get("id").asString();

        Api.Response response = Api.at(port).as("alice").post("/api/v1/interview-loops/" + loopId + "/decisions",
                Map.of("stage", "TECHNICAL", "decision", "ADVANCE"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("stage");
    }

    @Test
    void an_interviewer_cannot_decide_a_stage_and_another_team_cannot_see_the_loop() {
        String candidateId = givenALoopFor("req-4");
        String loopId = awaitLoopOf(candidateId).get("id").asString();

        assertThat(Api.at(port).as("ivan").post("/api/v1/interview-loops/" + loopId + "/decisions",
                Map.of("stage", "RECRUITER_SCREEN", "decision", "ADVANCE")).status()).isEqualTo(403);
        assertThat(Api.at(port).as("bob").get("/api/v1/interview-loops/" + loopId).status()).isEqualTo(404);
        assertThat(Api.at(port).as("bob").get("/api/v1/interview-loops?candidateId=" + candidateId).json()
                .get("items").size()).isZero();
    }

    @Test
    void withdrawal_closes_the_loop_and_erasure_removes_the_name() {
        String candidateId = givenALoopFor("req-5");
        awaitLoopOf(candidateId);

        kafka.send(CloudEventsKafka.toRecord(candidateEvent(new CandidateWithdrawn(candidateId, "req-5", "took "
                + "another job"))));
        kafka.send(CloudEventsKafka.toRecord(candidateEvent(new CandidateErased(candidateId))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode loop = awaitLoopOf(candidateId);
            assertThat(loop.get("status").asString()).isEqualTo("CLOSED");
            assertThat(loop.has("candidateName") && !loop.get("candidateName").isNull()).isFalse();
        });
    }

    private String givenALoopFor(String requisitionId) {
        String candidateId = "cand-" + UUID.randomUUID();
        kafka.send(CloudEventsKafka.toRecord(candidateEvent(new CandidateSourced(candidateId, requisitionId,
                SourceChannel.REFERRAL, "Grace Hopper", null, List.of("cobol")))));
        return candidateId;
    }

    private EventEnvelope candidateEvent(io.headcount.events.HeadcountEvent event) {
        return outboxEvents.stamp("team-a", List.of(event)).get(0);
    }

    private JsonNode awaitLoopOf(String candidateId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> loopsOf(candidateId), loops -> loops.size() == 1)
                .get(0);
    }

    private List<JsonNode> loopsOf(String candidateId) {
        return Api.at(port).as("alice").get("/api/v1/interview-loops?candidateId=" + candidateId).json()
                .get("items").valueStream().toList();
    }
}
