package io.headcount.webhook;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import io.headcount.events.SourceChannel;
import io.headcount.events.Topics;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import io.headcount.testsupport.TestTokens;
import io.headcount.webhook.delivery.model.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end on the real broker and store and a real HTTP receiver: events published on Kafka reach a
 * team's endpoint signed, in order per candidate, once each although the receiver fails; the log shows it; a
 * redelivery sends again; erasure, team isolation, SSRF refusals and the 24-hour switch-off (3 s here).
 */
@HeadcountServiceTest
class WebhookDeliveryIT {

    private static final Receiver receiver = new Receiver();

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.WEBHOOK));

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_receiver_that_fails_three_times_then_succeeds_gets_each_event_once_in_order_and_signed() {
        String team = newTeam();
        String path = "/flaky/" + team;
        receiver.failFirst(path, 3);
        JsonNode endpoint = registered(team, receiver.url(path));
        String candidateId = "cand-" + UUID.randomUUID();

        List<EventEnvelope> events = List.of(
                send(team, new CandidateSourced(candidateId, "req-1", SourceChannel.REFERRAL, "Ada Lovelace",
                        "ada@example.com", List.of("java"))),
                send(team, new CandidateProfileUpdated(candidateId, 2, List.of("skills"))),
                send(team, new CandidateWithdrawn(candidateId, "req-1", "took another offer")));

        await().until(() -> receiver.delivered(path).size() == 3);
        List<String> ids = events.stream().map(EventEnvelope::id).toList();
        assertThat(receiver.requests(path)).extracting(Receiver.Request::eventId).as("the first event retried "
                + "until it got through; the later ones waited for it")
                .containsExactly(ids.get(0), ids.get(0), ids.get(0), ids.get(0), ids.get(1), ids.get(2));
        assertThat(receiver.delivered(path)).allSatisfy(request -> {
            assertThat(request.contentType()).isEqualTo("application/cloudevents+json");
            assertThat(WebhookSignature.verify(endpoint.get("secret").asString(), request.signature(),
                    request.body(), Instant.now().getEpochSecond(), 300)).as("signature").isTrue();
            assertThat(StandardWebhooksVerifier.verify(endpoint.get("secret").asString(),
                    request.header("webhook-id"), request.header("webhook-timestamp"),
                    request.header("webhook-signature"), request.body(), Instant.now().getEpochSecond()))
                    .as("Standard Webhooks signature").isTrue();
            assertThat(request.header("webhook-id")).isEqualTo(request.deliveryId());
            assertThat(Api.JSON.readTree(request.body()).get("specversion").asString()).isEqualTo("1.0");
        });
        assertThat(receiver.requests(path).subList(0, 4)).extracting(request -> request.header("webhook-id"))
                .as("a retry is the same message to a Standard Webhooks receiver").containsOnly(
                        receiver.requests(path).get(0).deliveryId());
        assertThat(Api.JSON.readTree(receiver.delivered(path).get(0).body()).at("/data/fullName").asString())
                .isEqualTo("Ada Lovelace");

        JsonNode log = admin(team).get("/api/v1/webhooks/endpoints/" + endpoint.get("id").asString()
                + "/deliveries").json().get("items");
        assertThat(log).hasSize(3);
        assertThat(log.valueStream().map(d -> d.get("status").asString())).containsOnly("DELIVERED");
        JsonNode first = log.valueStream().filter(d -> d.get("eventId").asString().equals(ids.get(0)))
                .findFirst().orElseThrow();
        assertThat(first.get("attempts").asInt()).isEqualTo(4);
        assertThat(first.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(first.get("lastLatencyMillis").isNumber()).isTrue();
    }

    @Test
    void a_delivery_and_a_time_range_can_be_sent_again() {
        String team = newTeam();
        String path = "/ok/" + team;
        String endpointId = registered(team, receiver.url(path)).get("id").asString();
        send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 2, List.of("email")));
        send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 3, List.of("phone")));
        await().until(() -> receiver.delivered(path).size() == 2);
        JsonNode log = admin(team).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").json()
                .get("items");

        Api.Response again = admin(team).post("/api/v1/webhooks/deliveries/" + log.get(0).get("id").asString()
                + "/redeliver", "");
        await().until(() -> receiver.delivered(path).size() == 3);
        Api.Response range = admin(team).post("/api/v1/webhooks/endpoints/" + endpointId + "/redeliver",
                Map.of("from", Instant.now().minusSeconds(600).toString(), "to", Instant.now().plusSeconds(1)
                        .toString()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(range.json().get("redelivered").asLong()).isEqualTo(2);
        await().until(() -> receiver.delivered(path).size() == 5);
        assertThat(receiver.delivered(path).get(2).eventId()).isEqualTo(log.get(0).get("eventId").asString());
    }

    @Test
    void an_event_read_again_from_kafka_is_delivered_once_with_one_delivery_id() {
        String team = newTeam();
        String path = "/once/" + team;
        String endpointId = registered(team, receiver.url(path)).get("id").asString();
        String candidateId = "cand-" + UUID.randomUUID();
        EventEnvelope event = send(team, new CandidateProfileUpdated(candidateId, 2, List.of("email")));

        // what a consumer restarted before its offset commit reads: the same record (same ce_id), twice more
        kafka.send(CloudEventsKafka.toRecord(event));
        kafka.send(CloudEventsKafka.toRecord(event));
        EventEnvelope later = send(team, new CandidateProfileUpdated(candidateId, 3, List.of("phone")));

        await().until(() -> receiver.delivered(path).stream().anyMatch(r -> r.eventId().equals(later.id())));
        assertThat(receiver.requests(path)).extracting(Receiver.Request::eventId)
                .as("in order, each once").containsExactly(event.id(), later.id());
        JsonNode log = admin(team).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").json()
                .get("items");
        assertThat(log.valueStream().filter(d -> d.get("eventId").asString().equals(event.id()))).hasSize(1);
    }

    @Test
    void a_deleted_endpoint_gets_nothing_more_and_its_delivery_log_goes_with_it() {
        String team = newTeam();
        String gone = "/deleted/" + team;
        String kept = "/kept/" + team;
        String endpointId = registered(team, receiver.url(gone)).get("id").asString();
        registered(team, receiver.url(kept));
        send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 2, List.of("email")));
        await().until(() -> receiver.delivered(gone).size() == 1 && receiver.delivered(kept).size() == 1);
        String etag = admin(team).get("/api/v1/webhooks/endpoints/" + endpointId).header("ETag");

        Api.Response withoutIfMatch = admin(team).delete("/api/v1/webhooks/endpoints/" + endpointId);
        Api.Response stale = admin(team).header("If-Match", "\"99\"").delete("/api/v1/webhooks/endpoints/"
                + endpointId);
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(admin(team).get("/api/v1/webhooks/endpoints/" + endpointId).status()).isEqualTo(200);
        Api.Response deleted = admin(team).header("If-Match", etag).delete("/api/v1/webhooks/endpoints/"
                + endpointId);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(admin(team).get("/api/v1/webhooks/endpoints/" + endpointId).status()).isEqualTo(404);
        assertThat(admin(team).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").status())
                .isEqualTo(404);
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("endpointId").is(endpointId)),
                "webhook_deliveries")).as("no delivery of the endpoint left in the store").isZero();
        send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 3, List.of("phone")));
        await().until(() -> receiver.delivered(kept).size() == 2);
        assertThat(receiver.requests(gone)).hasSize(1);
    }

    @Test
    void an_erased_candidates_deliveries_are_sent_and_sent_again_without_personal_data() {
        String team = newTeam();
        String path = "/down/" + team;
        receiver.failAlways(path, 503);
        String endpointId = registered(team, receiver.url(path)).get("id").asString();
        String candidateId = "cand-" + UUID.randomUUID();
        send(team, new CandidateSourced(candidateId, "req-1", SourceChannel.LINKEDIN, "Grace Hopper",
                "grace@example.com", List.of("cobol")));
        await().until(() -> !receiver.requests(path).isEmpty());

        send(team, new CandidateErased(candidateId));
        await().until(() -> admin(team).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").json()
                .get("items").valueStream().anyMatch(d -> d.get("erased").asBoolean()));
        receiver.recover(path);

        await().until(() -> receiver.delivered(path).size() == 2);
        String sourced = receiver.delivered(path).get(0).body();
        assertThat(sourced).doesNotContain("Grace Hopper").doesNotContain("grace@example.com")
                .contains(candidateId).contains("\"erased\":true");
        assertThat(receiver.requests(path).get(0).body()).as("before the erasure").contains("Grace Hopper");
        assertThat(Api.JSON.readTree(receiver.delivered(path).get(1).body()).get("type").asString())
                .isEqualTo("io.headcount.candidate.CandidateErased.v1");
    }

    @Test
    void a_team_sees_and_receives_only_its_own_endpoints_deliveries_and_events() {
        String team = newTeam();
        String other = newTeam();
        String path = "/ok/" + team;
        String endpointId = registered(team, receiver.url(path)).get("id").asString();
        send(other, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 2, List.of("email")));
        EventEnvelope own = send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 2, List.of("x")));
        await().until(() -> receiver.delivered(path).size() == 1);
        String deliveryId = admin(team).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").json()
                .at("/items/0/id").asString();

        assertThat(receiver.delivered(path)).extracting(Receiver.Request::eventId).containsExactly(own.id());
        assertThat(admin(other).get("/api/v1/webhooks/endpoints/" + endpointId).status()).isEqualTo(404);
        assertThat(admin(other).get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries").status())
                .isEqualTo(404);
        assertThat(admin(other).post("/api/v1/webhooks/deliveries/" + deliveryId + "/redeliver", "").status())
                .isEqualTo(404);
        assertThat(admin(other).get("/api/v1/webhooks/endpoints").json().get("items")).isEmpty();
        assertThat(Api.at(port).withToken(TestTokens.with("rita", List.of(team), List.of("RECRUITER")))
                .get("/api/v1/webhooks/endpoints").status()).as("team admins only").isEqualTo(403);
    }

    @Test
    void targets_on_internal_addresses_plain_http_and_unknown_event_types_are_refused_naming_the_field() {
        String team = newTeam();

        Api.Response metadata = register(team, "https://169.254.169.254/latest/meta-data");
        Api.Response privateRange = register(team, "https://10.20.30.40/hook");
        Api.Response plainHttp = register(team, "http://93.184.216.34/hook");
        Api.Response unknownType = admin(team).post("/api/v1/webhooks/endpoints", Map.of("url",
                "https://93.184.216.34/hook", "eventTypes", List.of("io.headcount.candidate.CandidateHired.v9")));

        for (Api.Response refused : List.of(metadata, privateRange, plainHttp)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"url\"");
        }
        assertThat(metadata.body()).contains("169.254.169.254");
        assertThat(plainHttp.body()).contains("https");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body()).contains("eventTypes[0]");
        assertThat(admin(team).get("/api/v1/webhooks/endpoints").json().get("items")).as("nothing stored")
                .isEmpty();
    }

    @Test
    void an_endpoint_failing_every_delivery_for_the_give_up_time_is_switched_off_and_the_team_told() {
        String team = newTeam();
        String path = "/dead/" + team;
        receiver.failAlways(path, 503);
        String endpointId = registered(team, receiver.url(path)).get("id").asString();

        send(team, new CandidateProfileUpdated("cand-" + UUID.randomUUID(), 2, List.of("email")));

        await().until(() -> !admin(team).get("/api/v1/webhooks/endpoints/" + endpointId).json().get("active")
                .asBoolean());
        EventEnvelope disabled = published.awaitOne(endpointId, "WebhookEndpointDisabled");
        assertThat(disabled.teamId()).isEqualTo(team);
        assertThat(disabled.data()).contains("HTTP 503");
        assertThat(receiver.requests(path).size()).as("retried until given up").isGreaterThan(2);
    }

    private Api.Response register(String team, String url) {
        return admin(team).post("/api/v1/webhooks/endpoints", Map.of("url", url));
    }

    private JsonNode registered(String team, String url) {
        Api.Response response = register(team, url);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private Api admin(String team) {
        return Api.at(port).withToken(TestTokens.with("admin-" + team, List.of(team), List.of("TEAM_ADMIN")));
    }

    private EventEnvelope send(String team, HeadcountEvent event) {
        EventEnvelope envelope = outboxEvents.stamp(team, List.of(event)).get(0);
        kafka.send(CloudEventsKafka.toRecord(envelope));
        return envelope;
    }

    private static String newTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
