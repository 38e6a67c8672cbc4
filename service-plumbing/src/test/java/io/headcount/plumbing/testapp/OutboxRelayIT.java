package io.headcount.plumbing.testapp;

import io.headcount.events.EventEnvelope;
import io.headcount.events.SourceChannel;
import io.headcount.events.Topics;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxBacklog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.OutboxRelay;
import io.headcount.plumbing.testapp.PlumbingTestApplication.Counter;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.headcount.testsupport.PublishedEvents.about;
import static org.assertj.core.api.Assertions.assertThat;

@HeadcountServiceTest
class OutboxRelayIT {

    @RegisterExtension
    static final PublishedEvents published = PublishedEvents.observe(List.of(Topics.CANDIDATE));

    @Autowired
    OutboxAggregateStore store;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void an_event_stored_before_a_crash_is_published_exactly_once_after_the_restart() {
        String candidateId = "cand-" + UUID.randomUUID();
        // given a change stored with its event, and the process dies before any relay ran
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        assertThat(pendingEventsOf(candidateId)).hasSize(1);

        // when the service restarts and its relay runs (twice, as a scheduled relay would)
        OutboxRelay restarted = newRelay();
        int firstRound = restarted.publishPending();
        int secondRound = restarted.publishPending();

        // then the event was published once and is no longer pending
        assertThat(firstRound).isGreaterThanOrEqualTo(1);
        assertThat(secondRound).isZero();
        assertThat(pendingEventsOf(candidateId)).isEmpty();
        publishMarkerAndWaitFor(candidateId);
        assertThat(published.matching(about(candidateId))).extracting(EventEnvelope::type)
                .containsExactly("io.headcount.candidate.CandidateSourced.v1",
                        "io.headcount.candidate.CandidateProfileUpdated.v1");
    }

    @Test
    void events_of_one_aggregate_are_published_in_the_order_they_were_raised() {
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        store.update(candidateId, 1, new Counter(candidateId, 1, 1),
                outboxEvents.stamp("team-a", List.of(new CandidateProfileUpdated(candidateId, 2, List.of("value")))));
        store.update(candidateId, 2, new Counter(candidateId, 2, 2),
                outboxEvents.stamp("team-a", List.of(new CandidateProfileUpdated(candidateId, 3, List.of("value")))));

        newRelay().publishPending();

        published.awaitOne(candidateId, "CandidateSourced");
        org.awaitility.Awaitility.await().until(() -> published.matching(about(candidateId)).size() == 3);
        assertThat(published.matching(about(candidateId))).extracting(EventEnvelope::data)
                .element(2).asString().contains("\"profileVersion\":3");
    }

    @Test
    void a_document_is_flagged_while_it_has_pending_events_and_unflagged_once_they_are_published() {
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        assertThat(flagOf(candidateId)).isTrue();

        newRelay().publishPending();
        assertThat(flagOf(candidateId)).isFalse();

        store.update(candidateId, 1, new Counter(candidateId, 1, 1),
                outboxEvents.stamp("team-a", List.of(new CandidateProfileUpdated(candidateId, 2, List.of("value")))));
        assertThat(flagOf(candidateId)).isTrue();
        assertThat(newRelay().publishPending()).isGreaterThanOrEqualTo(1);
        assertThat(flagOf(candidateId)).isFalse();
        assertThat(pendingEventsOf(candidateId)).isEmpty();
    }

    @Test
    void a_stale_update_changes_nothing_and_raises_no_event() {
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), List.of());
        assertThat(store.update(candidateId, 1, new Counter(candidateId, 1, 5), List.of())).isTrue();

        boolean applied = store.update(candidateId, 1, new Counter(candidateId, 1, 9),
                outboxEvents.stamp("team-a", List.of(new CandidateProfileUpdated(candidateId, 2, List.of("value")))));

        assertThat(applied).isFalse();
        Counter stored = mongo.findById(candidateId, Counter.class);
        assertThat(stored.value()).isEqualTo(5);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(pendingEventsOf(candidateId)).isEmpty();
    }

    @Test
    void a_stored_event_is_published_at_once_without_waiting_for_a_scan() {
        String candidateId = "cand-" + UUID.randomUUID();
        OutboxRelay relay = startedRelay();
        OutboxAggregateStore signalling = new OutboxAggregateStore(mongo, relay::signal);
        try {
            signalling.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a",
                    List.of(sourced(candidateId))));

            published.awaitOne(candidateId, "CandidateSourced");
            org.awaitility.Awaitility.await().until(() -> !flagOf(candidateId));
            assertThat(pendingEventsOf(candidateId)).isEmpty();
        } finally {
            relay.stop();
        }
    }

    @Test
    void a_document_changed_while_its_earlier_events_are_still_in_flight_has_each_event_published_once_in_order() {
        String candidateId = "cand-" + UUID.randomUUID();
        OutboxRelay relay = startedRelay();
        OutboxAggregateStore signalling = new OutboxAggregateStore(mongo, relay::signal);
        List<String> raised = new java.util.ArrayList<>();
        try {
            List<EventEnvelope> first = outboxEvents.stamp("team-a", List.of(sourced(candidateId)));
            signalling.insert(new Counter(candidateId, 1, 0), first);
            raised.add(first.get(0).id());
            // each change is signalled while the relay is still sending or settling the ones before it
            for (int version = 1; version <= 30; version++) {
                List<EventEnvelope> changed = outboxEvents.stamp("team-a",
                        List.of(new CandidateProfileUpdated(candidateId, version + 1, List.of("value"))));
                signalling.update(candidateId, version, new Counter(candidateId, version, version), changed);
                raised.add(changed.get(0).id());
            }
            org.awaitility.Awaitility.await().until(() -> !flagOf(candidateId));
        } finally {
            relay.stop();
        }

        publishMarkerAndWaitFor(candidateId);
        List<String> publishedIds = published.matching(about(candidateId)).stream().map(EventEnvelope::id).toList();
        assertThat(publishedIds.subList(0, publishedIds.size() - 1)).containsExactlyElementsOf(raised);
    }

    @Test
    void a_collection_another_relay_is_sweeping_is_left_to_it_until_its_lease_runs_out() {
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        OutboxRelay other = newRelay();
        OutboxRelay mine = newRelay();
        setSweepLease("another relay", java.time.Instant.now().plusSeconds(30));

        assertThat(mine.publishPending()).as("another relay holds the lease").isZero();
        assertThat(pendingEventsOf(candidateId)).hasSize(1);

        setSweepLease("another relay", java.time.Instant.now().minusSeconds(1));
        assertThat(mine.publishPending()).as("the lease ran out: this relay took over").isGreaterThanOrEqualTo(1);
        assertThat(pendingEventsOf(candidateId)).isEmpty();
        published.awaitOne(candidateId, "CandidateSourced");
        assertThat(other.publishPending()).as("released after the sweep, and nothing left").isZero();
    }

    @Test
    void a_crash_after_the_publish_and_before_the_bookkeeping_publishes_again_under_the_same_id() {
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        org.bson.Document beforePublish = mongo.getCollection("counters")
                .find(new org.bson.Document("_id", candidateId)).first();

        newRelay().publishPending();
        // the relay "died" before its bookkeeping write: the document is as it was before the publish
        mongo.getCollection("counters").replaceOne(new org.bson.Document("_id", candidateId), beforePublish);
        newRelay().publishPending();

        publishMarkerAndWaitFor(candidateId);
        List<EventEnvelope> sourcedCopies = published.matching(about(candidateId)).stream()
                .filter(e -> e.type().endsWith("CandidateSourced.v1")).toList();
        assertThat(sourcedCopies).hasSize(2);
        assertThat(sourcedCopies.get(0).id()).isEqualTo(sourcedCopies.get(1).id());
        assertThat(pendingEventsOf(candidateId)).isEmpty();
    }

    private void setSweepLease(String owner, java.time.Instant until) {
        mongo.getCollection("outbox_leases").replaceOne(new org.bson.Document("_id", "counters"),
                new org.bson.Document("_id", "counters").append("owner", owner)
                        .append("until", java.util.Date.from(until)),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Test
    void the_backlog_gauges_count_pending_documents_and_the_age_of_their_oldest_event_until_the_relay_runs() {
        OutboxRelay relay = newRelay();
        relay.publishPending(); // what other tests left
        String candidateId = "cand-" + UUID.randomUUID();
        store.insert(new Counter(candidateId, 1, 0), outboxEvents.stamp("team-a", List.of(sourced(candidateId))));
        // the gauges read at a fixed instant two minutes after the event's stored time: an exact age, however slow
        // the machine is between the insert and the read
        java.time.Instant eventTime = ((org.bson.Document) pendingEventsOf(candidateId).get(0)).getDate("time")
                .toInstant();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        io.headcount.testsupport.MutableClock clock = new io.headcount.testsupport.MutableClock(
                eventTime.plus(Duration.ofMinutes(2)));
        OutboxBacklog.register(meters, mongo, List.of("counters"), clock, Duration.ZERO);

        assertThat(meters.get("headcount.outbox.pending.documents").gauge().value()).isEqualTo(1);
        assertThat(meters.get("headcount.outbox.oldest.pending.age").gauge().value()).isEqualTo(120.0);

        relay.publishPending();
        clock.set(eventTime.plus(Duration.ofMinutes(3))); // the next scrape reads the store again

        assertThat(meters.get("headcount.outbox.pending.documents").gauge().value()).isZero();
        assertThat(meters.get("headcount.outbox.oldest.pending.age").gauge().value()).isZero();
    }

    private boolean flagOfAny() {
        return mongo.getCollection("counters").find(new org.bson.Document("outboxPending", true)).first() != null;
    }

    /** A running relay whose safety net waits an hour: once its start-up scan is done, only signals make it publish. */
    private OutboxRelay startedRelay() {
        OutboxRelay relay = new OutboxRelay(mongo, kafka, List.of("counters"), new OutboxRelay.OutboxProperties(
                true, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(10), 256), Clock.systemUTC());
        relay.start();
        // the start-up scan has run once it has published what was pending before it
        org.awaitility.Awaitility.await().until(() -> !flagOfAny());
        return relay;
    }

    private OutboxRelay newRelay() {
        return new OutboxRelay(mongo, kafka, List.of("counters"),
                new OutboxRelay.OutboxProperties(false, Duration.ofMillis(50), Duration.ofSeconds(30),
                        Duration.ofSeconds(10), 256), Clock.systemUTC());
    }

    private boolean flagOf(String id) {
        return mongo.getCollection("counters").find(new org.bson.Document("_id", id)).first()
                .getBoolean("outboxPending", false);
    }

    private List<?> pendingEventsOf(String id) {
        org.bson.Document document = mongo.getCollection("counters").find(new org.bson.Document("_id", id)).first();
        return document.getList("pendingEvents", Object.class, List.of());
    }

    /** Same key, same partition: once the marker is visible, everything published before it is visible too. */
    private void publishMarkerAndWaitFor(String candidateId) {
        List<EventEnvelope> marker = outboxEvents.stamp("team-a",
                List.of(new CandidateProfileUpdated(candidateId, 99, List.of("marker"))));
        kafka.send(io.headcount.events.CloudEventsKafka.toRecord(marker.get(0)));
        published.awaitOne(candidateId, "CandidateProfileUpdated");
    }

    private static CandidateSourced sourced(String candidateId) {
        return new CandidateSourced(candidateId, "req-1", SourceChannel.LINKEDIN, "Grace Hopper", null,
                List.of("cobol"));
    }
}
