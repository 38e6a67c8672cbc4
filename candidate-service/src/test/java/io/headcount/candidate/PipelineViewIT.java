package io.headcount.candidate;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.EventCatalog;
import io.headcount.events.Money;
import io.headcount.events.Recommendation;
import io.headcount.events.Topics;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.testsupport.HeadcountServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pipeline view is built from other services' events, delivered more than once and out of order. */
@HeadcountServiceTest
class PipelineViewIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void events_delivered_twice_and_out_of_order_end_in_the_right_status_and_timeline() {
        CandidateApi api = new CandidateApi(port);
        String requisitionId = api.openRequisition("alice");
        String candidateId = api.sourceCandidate("alice", requisitionId);
        Instant t = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope recruiterScreen = envelope(new ScreenPassed("loop-1", candidateId, requisitionId,
                InterviewStage.RECRUITER_SCREEN, "recruiter-screen"), t.plusSeconds(1));
        EventEnvelope managerScreen = envelope(new ScreenPassed("loop-1", candidateId, requisitionId,
                InterviewStage.HIRING_MANAGER_SCREEN, "hiring-manager-screen"), t.plusSeconds(2));
        EventEnvelope completed = envelope(new InterviewLoopCompleted("loop-1", candidateId, requisitionId),
                t.plusSeconds(3));
        EventEnvelope drafted = envelope(new OfferDrafted("offer-1", candidateId, requisitionId, 1,
                new Money("150000.00", "USD"), null, null), t.plusSeconds(4));
        EventEnvelope extended = envelope(new OfferExtended("offer-1", candidateId, requisitionId, 1, null),
                t.plusSeconds(5));

        // markers: once they show, everything sent before them on their topic (same key) has been handled
        EventEnvelope scorecard = envelope(new ScorecardSubmitted("card-1", "interview-1", "loop-1", requisitionId,
                candidateId, "ivan", Recommendation.YES, List.of(), "technical-live"), t.plusSeconds(6));
        EventEnvelope declined = envelope(new OfferDeclined("offer-1", candidateId, requisitionId, 1, null),
                t.plusSeconds(7));

        // the offer topic runs ahead of the interview topic, and every event comes twice
        for (EventEnvelope event : List.of(extended, extended, drafted, drafted, declined, recruiterScreen,
                completed, recruiterScreen, managerScreen, completed, managerScreen, scorecard)) {
            kafka.send(CloudEventsKafka.toRecord(event));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timelineOf(api, candidateId)).hasSize(8));
        JsonNode timeline = api.as("alice").get("/api/v1/candidates/" + candidateId + "/timeline").json();
        assertThat(timeline.get("status").asString()).as("the decline outranks the extension whatever the order")
                .isEqualTo("OFFER_DECLINED");
        assertThat(timelineOf(api, candidateId)).containsExactly("CandidateSourced", "ScreenPassed", "ScreenPassed",
                "InterviewLoopCompleted", "OfferDrafted", "OfferExtended", "ScorecardSubmitted", "OfferDeclined");
        assertThat(api.as("alice").get("/api/v1/candidates/" + candidateId).json().get("applications").get(0)
                .get("status").asString()).isEqualTo("OFFER_DECLINED");
    }

    @Test
    void another_teams_event_about_the_candidate_changes_nothing() {
        CandidateApi api = new CandidateApi(port);
        String requisitionId = api.openRequisition("alice");
        String candidateId = api.sourceCandidate("alice", requisitionId);
        EventEnvelope foreign = EventEnvelope.wrap(new ScreenFailed("loop-x", candidateId, requisitionId,
                InterviewStage.RECRUITER_SCREEN, null, "recruiter-screen"), "/headcount/interview-service", "team-b", Instant.now(),
                null, null);
        EventEnvelope own = envelope(new ScreenPassed("loop-1", candidateId, requisitionId,
                InterviewStage.RECRUITER_SCREEN, "recruiter-screen"), Instant.now());

        kafka.send(CloudEventsKafka.toRecord(foreign));
        kafka.send(CloudEventsKafka.toRecord(own));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timelineOf(api, candidateId)).containsExactly("CandidateSourced", "ScreenPassed"));
        assertThat(api.as("alice").get("/api/v1/candidates/" + candidateId).json().get("status").asString())
                .isEqualTo("SCREENING");
    }

    private static List<String> timelineOf(CandidateApi api, String candidateId) {
        return api.as("alice").get("/api/v1/candidates/" + candidateId + "/timeline").json().get("entries")
                .valueStream().map(entry -> entry.get("event").asString()).toList();
    }

    private static EventEnvelope envelope(HeadcountEvent event, Instant at) {
        String source = EventCatalog.of(event).topic().equals(Topics.OFFER) ? "/headcount/offer-service"
                : "/headcount/interview-service";
        return EventEnvelope.wrap(event, source, "team-a", at, null, null);
    }
}
