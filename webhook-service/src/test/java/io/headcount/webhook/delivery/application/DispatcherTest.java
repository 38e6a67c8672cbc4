package io.headcount.webhook.delivery.application;

import io.headcount.events.webhook.WebhookEndpointEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.webhook.WebhookProperties;
import io.headcount.webhook.delivery.model.Delivery;
import io.headcount.webhook.delivery.model.DeliveryStatus;
import io.headcount.webhook.endpoint.application.EndpointRepository;
import io.headcount.webhook.endpoint.application.WebhookEndpointService;
import io.headcount.webhook.endpoint.model.TargetPolicy;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The hand-over path of the dispatcher, without a store or HTTP: order per pair, and what it leaves to the scan. */
class DispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final WebhookEndpoint ENDPOINT = WebhookEndpoint.register("ep-1", "team-a",
            "https://hooks.example.com/in", Set.of(), "whsec_test", null, NOW);

    private static final byte[] PUBLIC_ADDRESS = {93, (byte) 184, (byte) 216, 34};
    /** What the resolver answers for the endpoint's host now: a test may change it after registration. */
    private final java.util.concurrent.atomic.AtomicReference<byte[]> dnsAnswer =
            new java.util.concurrent.atomic.AtomicReference<>(PUBLIC_ADDRESS);
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final CountDownLatch firstSendMayFinish = new CountDownLatch(1);
    private volatile boolean refusingConnections;
    private final Dispatcher dispatcher = new Dispatcher(deliveries, endpoints(), (url, secret, delivery) -> {
        sent.add(delivery.eventId());
        if (refusingConnections) {
            return new WebhookSender.Outcome(null, 1, "connection refused");
        }
        if (sent.size() == 1) {
            waitFor(firstSendMayFinish);
        }
        return new WebhookSender.Outcome(answers.getOrDefault(delivery.eventId(), 200), 1, null);
    }, new WebhookProperties(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24), Duration.ofSeconds(10), 4), Clock.fixed(NOW, java.time.ZoneOffset.UTC),
            new SimpleMeterRegistry());

    @org.junit.jupiter.api.BeforeEach
    void start() {
        dispatcher.start();
    }

    @AfterEach
    void stop() {
        firstSendMayFinish.countDown();
        dispatcher.destroy();
    }

    @Test
    void a_candidates_deliveries_handed_over_while_the_first_is_being_sent_go_out_after_it_in_order() {
        handOver(delivery("e1", "cand-1", 1));
        await().until(() -> sent.size() == 1);
        handOver(delivery("e2", "cand-1", 2));
        handOver(delivery("e3", "cand-1", 3));
        handOver(delivery("x1", "cand-2", 4)); // another candidate does not wait

        await().until(() -> sent.contains("x1"));
        firstSendMayFinish.countDown();

        await().until(() -> sent.size() == 4);
        assertThat(sent.stream().filter(id -> id.startsWith("e"))).containsExactly("e1", "e2", "e3");
        await().until(() -> deliveries.statusOf("e3") == DeliveryStatus.DELIVERED);
        assertThat(deliveries.released).isEmpty();
    }

    @Test
    void a_failed_attempt_leaves_the_ones_queued_behind_it_and_later_ones_to_the_retry_scan() {
        answers.put("e1", 503);
        handOver(delivery("e1", "cand-1", 1));
        await().until(() -> sent.size() == 1);
        handOver(delivery("e2", "cand-1", 2));
        firstSendMayFinish.countDown();
        await().until(() -> deliveries.released.contains("e2"));

        handOver(delivery("e3", "cand-1", 3));

        assertThat(deliveries.released).containsExactly("e2", "e3");
        assertThat(sent).containsExactly("e1");
        Delivery failed = deliveries.byEvent("e1");
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void a_delivery_whose_candidate_has_an_earlier_one_waiting_in_the_store_is_left_to_the_scan() {
        firstSendMayFinish.countDown();
        deliveries.waiting.put(new Delivery.Pair("ep-1", "cand-1"), 1L); // in back-off since before this instance started
        dispatcher.dispatchDue();

        handOver(delivery("e2", "cand-1", 2));
        handOver(delivery("x1", "cand-2", 3));

        await().until(() -> sent.contains("x1"));
        assertThat(sent).containsExactly("x1");
        assertThat(deliveries.released).containsExactly("e2");
    }

    @Test
    void once_stopping_it_finishes_the_attempt_under_way_and_starts_no_other_before_the_stores_close() {
        handOver(delivery("e1", "cand-1", 1));
        await().until(() -> sent.size() == 1);
        handOver(delivery("e2", "cand-1", 2)); // queued behind e1

        Thread stopping = new Thread(dispatcher::stop);
        stopping.start();
        await().until(() -> !dispatcher.isRunning());
        handOver(delivery("x1", "cand-2", 3)); // arrives while stopping
        firstSendMayFinish.countDown();
        await().until(() -> !stopping.isAlive());

        assertThat(sent).as("e1 finished; e2 and x1 wait, claimed, for the next instance's scan")
                .containsExactly("e1");
        assertThat(deliveries.statusOf("e1")).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(deliveries.statusOf("e2")).isEqualTo(DeliveryStatus.PENDING);
        assertThat(deliveries.byEvent("x1").nextAttemptAt()).as("claimed: due once the lease ends")
                .isAfter(NOW);
    }

    @Test
    void a_target_whose_name_resolves_to_a_private_address_at_send_time_is_refused_and_never_connected_to() {
        firstSendMayFinish.countDown();
        // registered while the name pointed at a public address; now it answers with the metadata service's
        dnsAnswer.set(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});

        handOver(delivery("r1", "cand-1", 1));

        await().until(() -> deliveries.byEvent("r1").lastError() != null);
        assertThat(sent).as("nothing was sent to the rebound name").isEmpty();
        Delivery refused = deliveries.byEvent("r1");
        assertThat(refused.status()).as("retried later, when the name may point elsewhere")
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(refused.lastError()).startsWith("target refused:");

        dnsAnswer.set(PUBLIC_ADDRESS);
        handOver(delivery("r2", "cand-2", 2));
        await().until(() -> sent.contains("r2"));
    }

    @Test
    void a_target_refusing_connections_opens_its_circuit_and_the_other_deliveries_wait_without_an_attempt() {
        firstSendMayFinish.countDown();
        refusingConnections = true;
        int candidates = 12;
        for (int i = 1; i <= candidates; i++) {
            handOver(delivery("c" + i, "cand-" + i, i));
        }

        Instant circuitOpenUntil = NOW.plus(Duration.ofSeconds(10)); // the first retry interval
        await().until(() -> java.util.stream.IntStream.rangeClosed(1, candidates).mapToObj(i -> deliveries
                .byEvent("c" + i)).allMatch(d -> d.lastError() != null || d.nextAttemptAt().equals(circuitOpenUntil)));
        // five failed in a row open it; attempts already under way on the other workers may still fail after that
        assertThat(sent).hasSizeBetween(Dispatcher.CIRCUIT_THRESHOLD, Dispatcher.CIRCUIT_THRESHOLD + 3);
        assertThat(dispatcher.circuitOpen(ENDPOINT.id())).isTrue();
        List<Delivery> held = java.util.stream.IntStream.rangeClosed(1, candidates)
                .mapToObj(i -> deliveries.byEvent("c" + i)).filter(d -> !sent.contains(d.eventId())).toList();
        assertThat(held).hasSize(candidates - sent.size()).allSatisfy(d -> {
            assertThat(d.lastError()).as("not attempted, so not a failure of the delivery").isNull();
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.nextAttemptAt()).isEqualTo(circuitOpenUntil);
        });
    }

    private void handOver(Delivery delivery) {
        deliveries.insertIfAbsent(delivery);
        dispatcher.handOver(ENDPOINT, delivery);
    }

    private Delivery delivery(String eventId, String candidateId, long sequence) {
        return Delivery.of("d-" + eventId, "team-a", ENDPOINT.id(), eventId, "io.headcount.candidate.CandidateSourced.v1",
                candidateId, sequence, "{}", NOW).claimedUntil(NOW.plus(dispatcher.lease()));
    }

    private WebhookEndpointService endpoints() {
        EndpointRepository repository = new EndpointRepository() {
            @Override
            public void insert(WebhookEndpoint endpoint) {
            }

            @Override
            public boolean update(Changed<WebhookEndpoint, WebhookEndpointEvent> change, long expectedVersion) {
                return true;
            }

            @Override
            public Optional<WebhookEndpoint> find(String id, Collection<String> teamIds) {
                return Optional.of(ENDPOINT);
            }

            @Override
            public Optional<WebhookEndpoint> find(String id) {
                return Optional.of(ENDPOINT);
            }

            @Override
            public List<WebhookEndpoint> ofTeam(String teamId) {
                return List.of(ENDPOINT);
            }

            @Override
            public List<WebhookEndpoint> page(Collection<String> teamIds, String afterId, int limit) {
                return List.of(ENDPOINT);
            }

            @Override
            public boolean delete(String id, long expectedVersion) {
                throw new UnsupportedOperationException();
            }
        };
        return new WebhookEndpointService(repository, new TargetPolicy(List.of(),
                host -> List.of(InetAddress.getByAddress(host, dnsAnswer.get()))),
                Clock.fixed(NOW, java.time.ZoneOffset.UTC), event -> { });
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deliveries by id, with the version checks of the real repository. */
    private static final class InMemoryDeliveries implements DeliveryRepository {

        private final Map<String, Delivery> byId = new HashMap<>();
        final Map<Delivery.Pair, Long> waiting = new HashMap<>();
        final List<String> released = new CopyOnWriteArrayList<>();

        @Override
        public synchronized boolean insertIfAbsent(Delivery delivery) {
            return byId.putIfAbsent(delivery.id(), delivery) == null;
        }

        @Override
        public synchronized Optional<Delivery> find(String id, Collection<String> teamIds) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Delivery> page(String endpointId, String beforeId, int limit) {
            return List.of();
        }

        @Override
        public synchronized List<Delivery> due(Instant now, int limit) {
            return byId.values().stream().filter(d -> d.status() == DeliveryStatus.PENDING
                    && !d.nextAttemptAt().isAfter(now)).sorted(Comparator.comparingLong(Delivery::sequence))
                    .limit(limit).toList();
        }

        @Override
        public synchronized Map<Delivery.Pair, Long> earliestWaitingByPair(Instant now) {
            return new HashMap<>(waiting);
        }

        @Override
        public synchronized Optional<Delivery> claim(Delivery delivery, Instant until) {
            Delivery stored = byId.get(delivery.id());
            if (stored == null || stored.version() != delivery.version()) {
                return Optional.empty();
            }
            Delivery claimed = with(stored.claimedUntil(until), stored.version() + 1);
            byId.put(delivery.id(), claimed);
            return Optional.of(claimed);
        }

        @Override
        public synchronized void release(Delivery delivery, Instant now) {
            released.add(delivery.eventId());
        }

        @Override
        public synchronized boolean save(Delivery delivery, long expectedVersion) {
            Delivery stored = byId.get(delivery.id());
            if (stored == null || stored.version() != expectedVersion) {
                return false;
            }
            byId.put(delivery.id(), with(delivery, expectedVersion + 1));
            return true;
        }

        @Override
        public List<Delivery> ofOrderKey(String orderKey) {
            return List.of();
        }

        @Override
        public long redeliverRange(String endpointId, Instant from, Instant to, Instant now) {
            return 0;
        }

        @Override
        public synchronized long deleteOfEndpoint(String endpointId) {
            int before = byId.size();
            byId.values().removeIf(delivery -> delivery.endpointId().equals(endpointId));
            return before - byId.size();
        }

        synchronized DeliveryStatus statusOf(String eventId) {
            return byEvent(eventId).status();
        }

        synchronized Delivery byEvent(String eventId) {
            return byId.values().stream().filter(d -> d.eventId().equals(eventId)).findFirst().orElseThrow();
        }

        private static Delivery with(Delivery d, long version) {
            return new Delivery(d.id(), d.teamId(), d.endpointId(), d.eventId(), d.eventType(), d.orderKey(),
                    d.sequence(), d.body(), d.status(), d.attempts(), d.nextAttemptAt(), d.firstFailureAt(),
                    d.lastAttemptAt(), d.lastStatusCode(), d.lastLatencyMillis(), d.lastError(), d.createdAt(),
                    d.deliveredAt(), d.erased(), version);
        }
    }
}
