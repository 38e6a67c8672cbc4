package io.headcount.local;

import io.headcount.events.Topics;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.FastTrackPlan;
import io.headcount.testsupport.TestTokens;
import io.headcount.testsupport.PublishedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static io.headcount.testsupport.PublishedEvents.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton: requisition → candidate → interview loop → offer → extended, over HTTP through the gateway,
 * with the gateway and the three services running as four Spring Boot applications on a real broker and store.
 */
class HiringFlowEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static LocalPlatform platform;

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(Topics.all());

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.get();
    }

    @Test
    void a_sourced_candidate_goes_through_the_loop_to_an_extended_offer_and_is_hired() {
        Api alice = gateway().as("alice");
        Api hank = gateway().as("hank");

        // given an open requisition and a candidate sourced into it
        String requisitionId = created(alice.post("/api/v1/requisitions", Map.of("title", "Senior Backend Engineer",
                "level", "L5", "location", "Berlin, DE", "workMode", "HYBRID", "techStack", List.of("java", "kafka"),
                "hiringManagerId", "hank", "headcount", 1)));
        String candidateId = created(alice.post("/api/v1/candidates", Map.of("requisitionId", requisitionId,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", "Ada Lovelace",
                        "email", "ada-" + UUID.randomUUID() + "@example.com", "skills", List.of("Java", "Kafka")))));

        // when the candidate goes through the guide's default plan
        JsonNode loop = await().atMost(PATIENCE).until(
                () -> hank.get("/api/v1/interview-loops?candidateId=" + candidateId).json().get("items"),
                items -> items.size() == 1).get(0);
        String loopId = loop.get("id").asString();
        assertThat(loop.get("stages").valueStream().map(stage -> stage.get("key").asString())).containsExactly(
                "recruiter-screen", "hiring-manager-screen", "technical-live", "technical-take-home",
                "executive-screen");
        decide(alice, loopId, "recruiter-screen");
        decide(hank, loopId, "hiring-manager-screen");

        // a live exercise: booked, scored by the interviewer, decided by the hiring manager
        String interviewer = "ivy-" + UUID.randomUUID().toString().substring(0, 8);
        Api ivy = gateway().withToken(TestTokens.with(interviewer, List.of("team-a"), List.of("INTERVIEWER")));
        // under way (started on the hour): its scorecard may be submitted, and it is still upcoming when the hire
        // fills the requisition
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String interviewId = created(alice.post("/api/v1/interviews", Map.of("loopId", loopId, "stageKey",
                "technical-live", "interviewerIds", List.of(interviewer), "startsAt", start.toString(), "endsAt",
                start.plus(Duration.ofHours(1)).toString(), "candidateTimeZone", "Europe/Berlin", "videoLink",
                "https://meet.example.com/ada")));
        assertThat(ivy.get("/api/v1/interviews/mine").json().get("items").get(0).get("id").asString())
                .isEqualTo(interviewId);
        created(ivy.post("/api/v1/scorecards", Map.of("assessmentId", interviewId, "ratings", List.of(
                Map.of("attribute", "problem solving", "rating", 4), Map.of("attribute", "programming languages",
                        "rating", 3), Map.of("attribute", "code quality", "rating", 4)), "recommendation",
                "STRONG_YES", "notes", "tail-recursive factorial first try", "submit", true)));
        decide(hank, loopId, "technical-live");

        // a take-home: assigned, handed in, reviewed on the code, decided
        String takeHomeId = created(alice.post("/api/v1/take-homes", Map.of("loopId", loopId, "stageKey",
                "technical-take-home", "exerciseRef", "exercises/rate-limiter", "reviewerIds", List.of(interviewer))));
        assertThat(alice.post("/api/v1/take-homes/" + takeHomeId + "/submission", Map.of("submissionRef",
                "https://github.com/ada/rate-limiter")).status()).isEqualTo(200);
        created(ivy.post("/api/v1/scorecards", Map.of("assessmentId", takeHomeId, "ratings", List.of(
                Map.of("attribute", "code quality", "rating", 4), Map.of("attribute", "testing", "rating", 3),
                Map.of("attribute", "design", "rating", 4)), "recommendation", "YES", "submit", true)));
        assertThat(hank.post("/api/v1/take-homes/" + takeHomeId + "/review", "").status()).isEqualTo(200);
        decide(hank, loopId, "technical-take-home");

        // the executive screen, by an approver
        decide(gateway().as("aria"), loopId, "executive-screen");

        // then offer-service accepts a draft once it has learned the loop completed; with no EU-DE band the
        // chain is an approver then a team admin; approved, it is extended
        Api.Response draft = await().atMost(PATIENCE).until(() -> alice.post("/api/v1/offers",
                anOffer(candidateId, requisitionId)), response -> response.status() == 201);
        String offerId = draft.json().get("id").asString();
        assertThat(alice.post("/api/v1/offers/" + offerId + "/extend", "").status()).as("not approved yet")
                .isEqualTo(409);
        JsonNode submitted = alice.post("/api/v1/offers/" + offerId + "/submit", "").json();
        assertThat(submitted.get("approvals").valueStream().map(step -> step.get("role").asString()))
                .containsExactly("APPROVER", "TEAM_ADMIN");
        assertThat(gateway().as("aria").post("/api/v1/offers/" + offerId + "/approve", "").status()).isEqualTo(200);
        assertThat(gateway().as("tess").post("/api/v1/offers/" + offerId + "/approve", "").json().get("status")
                .asString()).isEqualTo("APPROVED");
        Api.Response extended = alice.post("/api/v1/offers/" + offerId + "/extend", "");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);

        // and candidate-service shows the candidate as OFFER_EXTENDED, with the story so far
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                alice.get("/api/v1/candidates/" + candidateId).json().get("status").asString())
                .isEqualTo("OFFER_EXTENDED"));
        List<String> timeline = alice.get("/api/v1/candidates/" + candidateId + "/timeline").json().get("entries")
                .valueStream().map(entry -> entry.get("event").asString()).toList();
        assertThat(timeline).startsWith("CandidateSourced").endsWith("OfferDrafted", "OfferApprovalRequested",
                        "OfferApprovalRequested", "OfferApproved", "OfferExtended")
                .containsSubsequence("ScreenPassed", "ScreenPassed", "InterviewScheduled", "ScorecardSubmitted",
                        "ScreenPassed", "TakeHomeAssigned", "TakeHomeSubmitted", "ScorecardSubmitted",
                        "TakeHomeReviewed", "ScreenPassed", "ScreenPassed", "InterviewLoopCompleted");

        // and when the candidate accepts, they are hired everywhere
        assertThat(alice.post("/api/v1/offers/" + offerId + "/accept", "").status()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(alice.get("/api/v1/candidates/" + candidateId).json().get("status").asString())
                    .isEqualTo("HIRED");
            assertThat(hank.get("/api/v1/interview-loops/" + loopId).json().get("status")
                    .asString()).isEqualTo("HIRED");
            // one hire was the headcount: the requisition is filled, and every service knows it is closed
            JsonNode requisition = alice.get("/api/v1/requisitions/" + requisitionId).json();
            assertThat(requisition.get("status").asString()).isEqualTo("FILLED");
            assertThat(requisition.get("hires").asInt()).isEqualTo(1);
            assertThat(hank.get("/api/v1/interview-plans/" + requisitionId).json().get("requisition").get("open")
                    .asBoolean()).isFalse();
        });
        published.awaitOne(requisitionId, "RequisitionClosed");
        assertThat(hank.get("/api/v1/interviews/" + interviewId).json().get("status").asString())
                .as("the hired candidate's interview is not called off by the filled requisition")
                .isEqualTo("SCHEDULED");
        assertThat(published.matching(PublishedEvents.about(candidateId)
                .and(PublishedEvents.ofType("InterviewCancelled")))).isEmpty();
    }

    @Test
    void filling_a_requisition_closes_the_other_loops_and_withdraws_their_drafts_and_a_decline_shows_as_declined() {
        Api alice = gateway().as("alice");
        Api hank = gateway().as("hank");
        Api aria = gateway().as("aria");
        String requisitionId = created(alice.post("/api/v1/requisitions", Map.of("title", "Platform Engineer",
                "level", "L5", "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 1)));
        FastTrackPlan.apply(alice, requisitionId);
        String hired = throughTheLoop(alice, hank, requisitionId, "Hedy Lamarr");
        String drafted = throughTheLoop(alice, hank, requisitionId, "Karen Sparck");
        String declining = throughTheLoop(alice, hank, requisitionId, "Joan Clarke");

        String declinedOffer = approvedOffer(alice, aria, declining, requisitionId);
        assertThat(alice.post("/api/v1/offers/" + declinedOffer + "/extend", "").status()).isEqualTo(200);
        assertThat(alice.post("/api/v1/offers/" + declinedOffer + "/decline", Map.of("reason", "counter-offer"))
                .status()).isEqualTo(200);
        String draftId = await().atMost(PATIENCE).until(() -> alice.post("/api/v1/offers", anOffer(drafted,
                requisitionId)), response -> response.status() == 201).json().get("id").asString();
        String hiredOffer = approvedOffer(alice, aria, hired, requisitionId);
        assertThat(alice.post("/api/v1/offers/" + hiredOffer + "/extend", "").status()).isEqualTo(200);
        assertThat(alice.post("/api/v1/offers/" + hiredOffer + "/accept", "").status()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(alice.get("/api/v1/requisitions/" + requisitionId).json().get("status").asString())
                    .isEqualTo("FILLED");
            assertThat(alice.get("/api/v1/offers/" + draftId).json().get("status").asString())
                    .as("the draft of the other candidate").isEqualTo("RESCINDED");
            assertThat(hank.get("/api/v1/interview-loops?candidateId=" + drafted).json().get("items").get(0)
                    .get("status").asString()).as("the other candidate's loop").isEqualTo("CLOSED");
            assertThat(alice.get("/api/v1/candidates/" + declining).json().get("status").asString())
                    .isEqualTo("OFFER_DECLINED");
            assertThat(alice.get("/api/v1/candidates/" + drafted).json().get("status").asString())
                    .isEqualTo("OFFER_RESCINDED");
            assertThat(alice.get("/api/v1/candidates/" + hired).json().get("status").asString())
                    .isEqualTo("HIRED");
        });
    }

    private String throughTheLoop(Api alice, Api hank, String requisitionId, String name) {
        String candidateId = created(alice.post("/api/v1/candidates", Map.of("requisitionId", requisitionId,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", name,
                        "email", UUID.randomUUID() + "@example.com"))));
        String loopId = await().atMost(PATIENCE).until(() -> hank.get("/api/v1/interview-loops?candidateId="
                + candidateId).json().get("items"), items -> items.size() == 1).get(0).get("id").asString();
        FastTrackPlan.STAGES.forEach(stage -> decide(hank, loopId, stage));
        return candidateId;
    }

    /** Within the REMOTE-US L5 band (140,000-170,000 USD): one APPROVER approves. */
    private String approvedOffer(Api alice, Api approver, String candidateId, String requisitionId) {
        String offerId = await().atMost(PATIENCE).until(() -> alice.post("/api/v1/offers", anOffer(candidateId,
                requisitionId)), response -> response.status() == 201).json().get("id").asString();
        JsonNode submitted = alice.post("/api/v1/offers/" + offerId + "/submit", "").json();
        assertThat(submitted.get("approvals")).hasSize(1);
        assertThat(submitted.get("band").get("position").asString()).isEqualTo("WITHIN");
        assertThat(approver.post("/api/v1/offers/" + offerId + "/approve", "").status()).isEqualTo(200);
        return offerId;
    }

    @Test
    void erasing_a_candidate_removes_their_personal_data_in_every_service() {
        Api alice = gateway().as("alice");
        Api hank = gateway().as("hank");
        String requisitionId = created(alice.post("/api/v1/requisitions", Map.of("title", "Data Engineer",
                "level", "L4", "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 1)));
        FastTrackPlan.apply(alice, requisitionId);
        String candidateId = created(alice.post("/api/v1/candidates", Map.of("requisitionId", requisitionId,
                "sourceChannel", "REFERRAL", "profile", Map.of("fullName", "Radia Perlman",
                        "email", "radia-" + UUID.randomUUID() + "@example.com", "skills", List.of("networking")))));
        JsonNode loop = await().atMost(PATIENCE).until(
                () -> hank.get("/api/v1/interview-loops?candidateId=" + candidateId).json().get("items"),
                items -> items.size() == 1).get(0);
        for (String stage : FastTrackPlan.STAGES) {
            decide(hank, loop.get("id").asString(), stage);
        }
        String offerId = await().atMost(PATIENCE).until(() -> alice.post("/api/v1/offers",
                anOffer(candidateId, requisitionId)), response -> response.status() == 201).json().get("id")
                .asString();

        assertThat(gateway().as("tess").post("/api/v1/candidates/" + candidateId + "/erase", "").status())
                .isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode erasedLoop = hank.get("/api/v1/interview-loops/" + loop.get("id").asString()).json();
            assertThat(erasedLoop.path("candidateName").isMissingNode() || erasedLoop.get("candidateName").isNull())
                    .as("interview-service forgot the name").isTrue();
            assertThat(erasedLoop.get("results")).hasSize(3);
            JsonNode offer = alice.get("/api/v1/offers/" + offerId).json();
            assertThat(offer.get("versions").get(0).path("terms").isMissingNode()
                    || offer.get("versions").get(0).get("terms").isNull()).as("offer-service forgot the terms").isTrue();
        });
        assertThat(alice.get("/api/v1/candidates/" + candidateId).json().get("profile").isNull()).isTrue();
        assertThat(alice.get("/api/v1/candidates/search?q=" + java.net.URLEncoder.encode("\"radia perlman\"",
                StandardCharsets.UTF_8)).json().get("items").valueStream().map(item -> item.get("id").asString()))
                .doesNotContain(candidateId);
        Api.Response noMoreOffers = alice.post("/api/v1/offers", anOffer(candidateId, requisitionId));
        assertThat(noMoreOffers.status()).isEqualTo(409);
        assertThat(noMoreOffers.json().get("detail").asString()).contains("erased");
    }

    @Test
    void a_plain_kafka_client_sees_cloud_events_headers_the_candidate_as_key_and_a_json_body() {
        Api alice = gateway().as("alice");
        String requisitionId = created(alice.post("/api/v1/requisitions", Map.of("title", "SRE", "level", "L4",
                "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 1)));
        String candidateId = created(alice.post("/api/v1/candidates", Map.of("requisitionId", requisitionId,
                "sourceChannel", "LINKEDIN", "profile", Map.of("fullName", "Grace Hopper"))));

        ConsumerRecord<String, byte[]> record = await().atMost(PATIENCE).until(() -> published.records().stream()
                .filter(r -> candidateId.equals(r.key())).findFirst(), java.util.Optional::isPresent).get();

        Set<String> headers = StreamSupport.stream(record.headers().spliterator(), false).map(Header::key)
                .collect(Collectors.toSet());
        assertThat(record.topic()).isEqualTo(Topics.CANDIDATE);
        assertThat(headers).contains("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject",
                "ce_teamid", "ce_correlationid", "ce_dataschema", "content-type");
        assertThat(header(record, "ce_subject")).isEqualTo(candidateId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(header(record, "ce_time")).as("UTC, milliseconds, as EVENTS.md says")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        JsonNode body = Api.JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertThat(body.get("candidateId").asString()).isEqualTo(candidateId);
        assertThat(body.get("requisitionId").asString()).isEqualTo(requisitionId);
    }

    @Test
    void every_services_openapi_document_is_served_through_the_gateway() {
        Map<String, String> expectedPaths = Map.of("candidate-service", "/api/v1/candidates/{id}/timeline",
                "interview-service", "/api/v1/interview-loops/{id}/decisions",
                "offer-service", "/api/v1/offers/{id}/extend");

        expectedPaths.forEach((service, path) -> {
            Api.Response document = gateway().get("/openapi/" + service);
            assertThat(document.status()).as(service).isEqualTo(200);
            assertThat(document.json().get("openapi").asString()).startsWith("3.");
            assertThat(document.json().get("paths").has(path)).as(service + " documents " + path).isTrue();
            assertThat(document.json().get("components").get("schemas").has("Problem")).isTrue();
            document.json().get("paths").properties().forEach(pathEntry -> pathEntry.getValue().properties()
                    .forEach(operation -> {
                        JsonNode responses = operation.getValue().get("responses");
                        String name = service + " " + operation.getKey() + " " + pathEntry.getKey();
                        assertThat(responses.propertyNames()).as(name).contains("400", "401", "403");
                        assertThat(responses.get("400").get("content").has("application/problem+json")).as(name)
                                .isTrue();
                        assertThat(responses.propertyNames()).as(name + " documents its success")
                                .anyMatch(status -> status.startsWith("2"));
                        if (pathEntry.getKey().contains("{")) {
                            assertThat(responses.propertyNames()).as(name).contains("404");
                        }
                        JsonNode parameters = operation.getValue().path("parameters");
                        assertThat(parameters.valueStream().map(p -> p.get("name").asString())).as(name
                                + " has no internal parameters").doesNotContain("caller", "request", "response");
                        responses.properties().forEach(response -> {
                            if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                                assertThat(response.getValue().path("content").isEmpty()).as(name + " "
                                        + response.getKey() + " has a body schema").isFalse();
                            }
                        });
                    }));
        });
    }

    @Test
    void the_applications_keep_their_data_apart_and_report_ready() {
        for (String service : List.of(LocalPlatform.CANDIDATE_SERVICE, LocalPlatform.INTERVIEW_SERVICE,
                LocalPlatform.OFFER_SERVICE)) {
            Api.Response readiness = Api.at(platform.urlOf(service)).withToken(io.headcount.testsupport.TestTokens
                    .with("ops", List.of(), List.of("OPERATOR"))).get("/actuator/health/readiness");
            assertThat(readiness.status()).as(service + " " + readiness.body()).isEqualTo(200);
            assertThat(readiness.json().get("components").get("mongo").get("details").get("database").asString())
                    .isEqualTo("e2e-" + service);
        }
        assertThat(gateway().get("/actuator/health").status()).isEqualTo(200);
    }

    private static void decide(Api decider, String loopId, String stage) {
        Api.Response decided = decider.post("/api/v1/interview-loops/" + loopId + "/decisions", Map.of("stage", stage,
                "decision", "ADVANCE", "reason", "meets the bar"));
        assertThat(decided.status()).as(stage + ": " + decided.body()).isEqualTo(200);
    }

    private static Api gateway() {
        return Api.at(platform.gatewayUrl());
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }


    private static Map<String, Object> anOffer(String candidateId, String requisitionId) {
        return Map.of("candidateId", candidateId, "requisitionId", requisitionId,
                "compensation", Map.of("baseSalary", Map.of("amount", "155000.00", "currency", "USD"),
                        "bonusTargetPercent", "15"),
                "workMode", "HYBRID", "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(2).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString());
    }
}
