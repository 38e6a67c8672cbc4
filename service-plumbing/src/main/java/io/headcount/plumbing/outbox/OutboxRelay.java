package io.headcount.plumbing.outbox;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import io.headcount.plumbing.observability.EventTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the pending events of aggregate documents to Kafka, in order within a document, then removes them.
 * <p>
 * Fast path: the store {@link #signal signals} each document it wrote with events, after the write returned; the
 * relay wakes at once, reads those documents by id, sends the events of the whole batch pipelined (one
 * {@code send} each) and hands the batch to its settling thread, which waits for the acknowledgements and settles
 * each document with one write while the next batch is read and sent (at most {@value #BATCHES_IN_FLIGHT} batches
 * in flight; a document is read again only once its previous batch is settled). Safety net: every
 * {@code safetyNetInterval}, and at start, a scan finds documents still flagged as pending (another instance's that
 * died, a signal lost to a crash or a failed send) and publishes them the same way. One relay sweeps a collection
 * at a time: it holds the collection's lease in {@code outbox_leases} while it sweeps, renews it every batch, and a
 * crashed sweeper's lease simply runs out.
 * <p>
 * Every read and write of a document goes by {@code _id} (one, or a batch's with {@code $in}) or by the unique
 * {@code {_id, version}} — lookups every store, the embedded one included, serves from an index; only the safety net
 * scans.
 * Delivery is at least once: a crash after the publish and before the settling write publishes the events again,
 * under the same ids, and consumers drop them.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Signal WAKE_UP = new Signal("", "");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final String LEASES = "outbox_leases";
    private static final String OWNER = "owner";
    private static final String UNTIL = "until";
    static final int BATCHES_IN_FLIGHT = 4;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final EventTracing tracing;
    private final MeterRegistry meters;
    private final Counter failures;
    private final Timer delay;
    private final Map<String, Counter> publishedByTopic = new ConcurrentHashMap<>();
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>(100_000);
    private final String relayId = java.util.UUID.randomUUID().toString();
    /** Waits for a batch's acknowledgements and settles it, in the order batches were sent. */
    private final ThreadPoolExecutor settler;
    private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
    /** Documents ({@code collection/_id}) sent and not yet settled. */
    private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
    /** What the settling thread settled since the worker last looked (it backs off while the broker refuses). */
    private final AtomicReference<Outcome> settledSinceLook = new AtomicReference<>(Outcome.NONE);
    private volatile boolean running;
    private volatile boolean draining;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<String> collections,
                       OutboxProperties properties, Clock clock) {
        this(mongo, kafka, collections, properties, clock, EventTracing.NONE, new SimpleMeterRegistry());
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<String> collections,
                       OutboxProperties properties, Clock clock, EventTracing tracing, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.properties = properties;
        this.clock = clock;
        this.tracing = tracing;
        this.meters = meters;
        this.failures = Counter.builder("headcount.outbox.publish.failures")
                .description("Documents whose events could not be published in a round (they stay pending)")
                .register(meters);
        this.delay = Timer.builder("headcount.outbox.delay")
                .description("From an event's time (its write) to the broker's acknowledgement")
                .publishPercentileHistogram().register(meters);
        this.settler = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "outbox-settle");
            thread.setDaemon(true);
            return thread;
        });
        settler.allowCoreThreadTimeOut(true);
    }

    /** A document of {@code collection} was stored with events: publish them now. A full queue drops the signal. */
    public void signal(String collection, Object id) {
        if (running) {
            signals.offer(new Signal(collection, id));
        }
    }

    /**
     * The safety net's round: publishes everything pending now; returns how many events were published. One pass
     * over the documents still flagged (a scan on the embedded store, the sparse flag index on MongoDB), claimed
     * and published a batch at a time.
     */
    public int publishPending() {
        awaitSettled(); // a document sent and not yet settled still looks pending
        int published = 0;
        for (String collection : collections) {
            if (!lease(collection)) {
                continue; // another relay is sweeping it
            }
            try {
                published += sweep(collection);
            } finally {
                release(collection);
            }
        }
        return published;
    }

    private int sweep(String collection) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        List<CompletableFuture<Outcome>> rounds = new ArrayList<>();
        try (MongoCursor<Document> pending = documents.find(OutboxDocuments.PENDING)
                .batchSize(properties.batchSize()).iterator()) {
            List<Document> batch = new ArrayList<>();
            while (pending.hasNext() && running()) {
                batch.add(pending.next());
                if (batch.size() == properties.batchSize() || !pending.hasNext()) {
                    rounds.add(publish(documents, batch));
                    batch = new ArrayList<>();
                    if (!lease(collection)) {
                        break; // lost the lease (a long pause): the new holder carries on
                    }
                }
            }
        }
        return rounds.stream().map(CompletableFuture::join).reduce(Outcome.NONE, Outcome::plus).published();
    }

    /** Takes or renews this relay's lease on sweeping {@code collection}; false while another relay holds it. */
    private boolean lease(String collection) {
        Date now = Date.from(clock.instant());
        try {
            mongo.getCollection(LEASES).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", collection),
                            Filters.or(Filters.lt(UNTIL, now), Filters.eq(OWNER, relayId))),
                    Updates.combine(Updates.set(OWNER, relayId),
                            Updates.set(UNTIL, Date.from(clock.instant().plus(properties.lease())))),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (com.mongodb.MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                return false; // the upsert met the holder's document: duplicate key
            }
            throw e;
        }
    }

    private void release(String collection) {
        mongo.getCollection(LEASES).updateOne(Filters.and(Filters.eq("_id", collection), Filters.eq(OWNER, relayId)),
                Updates.set(UNTIL, Date.from(clock.instant())));
    }

    /** The fast path: sends the pending events of the signalled documents; they are settled in the background. */
    void publishSignalled(List<Signal> batch) {
        Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
        for (Signal signal : batch) {
            if (signal != WAKE_UP) {
                idsByCollection.computeIfAbsent(signal.collection(), c -> new LinkedHashSet<>()).add(signal.id());
            }
        }
        for (Map.Entry<String, Set<Object>> entry : idsByCollection.entrySet()) {
            if (entry.getValue().stream().anyMatch(id -> unsettled.contains(key(entry.getKey(), id)))) {
                awaitSettled(); // read it as its settling left it, or its events would go out twice
            }
            MongoCollection<Document> documents = mongo.getCollection(entry.getKey());
            List<Document> pending = new ArrayList<>();
            // one read for the batch: under load a batch holds many documents, each read a round trip of its own
            for (Document document : documents.find(Filters.in("_id", entry.getValue()))) {
                if (!pendingEvents(document).isEmpty()) {
                    pending.add(document);
                }
            }
            publish(documents, pending);
        }
    }

    /**
     * Sends the events of all {@code batch} documents without waiting in between (per document in order: one key,
     * one partition, an idempotent producer) and returns; the settling thread waits for the acknowledgements, then
     * settles each document whose events all went out. Blocks while {@value #BATCHES_IN_FLIGHT} batches are in flight.
     */
    private CompletableFuture<Outcome> publish(MongoCollection<Document> documents, List<Document> batch) {
        if (batch.isEmpty()) {
            return CompletableFuture.completedFuture(Outcome.NONE);
        }
        String collection = documents.getNamespace().getCollectionName();
        List<String> keys = batch.stream().map(document -> key(collection, document.get("_id"))).toList();
        inFlight.acquireUninterruptibly();
        unsettled.addAll(keys);
        Map<Document, List<CompletableFuture<SendResult<String, byte[]>>>> sends = new LinkedHashMap<>();
        boolean brokerRefused = false;
        for (Document document : batch) {
            List<CompletableFuture<SendResult<String, byte[]>>> futures = new ArrayList<>();
            try {
                for (Document event : pendingEvents(document)) {
                    if (brokerRefused) {
                        futures.add(CompletableFuture.failedFuture(new IllegalStateException("broker unavailable")));
                        break;
                    }
                    CompletableFuture<SendResult<String, byte[]>> send = send(OutboxDocuments.toEnvelope(event));
                    futures.add(send);
                    // a send that failed at once (no broker metadata within max.block.ms): spare the rest the wait
                    brokerRefused = send.isCompletedExceptionally();
                }
            } catch (RuntimeException e) {
                futures.add(CompletableFuture.failedFuture(e));
                brokerRefused = true;
            }
            sends.put(document, futures);
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        try {
            return CompletableFuture.supplyAsync(() -> awaitAndSettle(documents, sends, deadline), settler)
                    .handle((outcome, failure) -> {
                        if (failure != null) {
                            log.warn("settling {} published documents failed; their events stay pending and are "
                                    + "published again", batch.size(), failure);
                        }
                        return settled(keys, failure == null ? outcome : new Outcome(0, batch.size()));
                    });
        } catch (RuntimeException e) {
            settled(keys, Outcome.NONE);
            throw e;
        }
    }

    private Outcome settled(List<String> keys, Outcome outcome) {
        keys.forEach(unsettled::remove);
        settledSinceLook.accumulateAndGet(outcome, Outcome::plus);
        inFlight.release();
        if (outcome.failed() > 0) {
            signals.offer(WAKE_UP); // the worker backs off and schedules the retry
        }
        return outcome;
    }

    private Outcome awaitAndSettle(MongoCollection<Document> documents,
                                   Map<Document, List<CompletableFuture<SendResult<String, byte[]>>>> sends,
                                   long deadline) {
        List<Document> sent = new ArrayList<>();
        int published = 0;
        int failed = 0;
        for (Map.Entry<Document, List<CompletableFuture<SendResult<String, byte[]>>>> entry : sends.entrySet()) {
            if (allSent(entry.getValue(), deadline)) {
                sent.add(entry.getKey());
                published += entry.getValue().size();
            } else {
                failed++;
            }
        }
        if (failed > 0) {
            failures.increment(failed);
            log.warn("{} of {} documents could not be published; their events stay pending and are retried", failed,
                    sends.size());
        }
        settle(documents, sent);
        return new Outcome(published, failed);
    }

    /** Returns once every batch sent so far is settled. */
    private void awaitSettled() {
        inFlight.acquireUninterruptibly(BATCHES_IN_FLIGHT);
        inFlight.release(BATCHES_IN_FLIGHT);
    }

    private static String key(String collection, Object id) {
        return collection + "/" + id;
    }

    private CompletableFuture<SendResult<String, byte[]>> send(EventEnvelope envelope) {
        ProducerRecord<String, byte[]> record = CloudEventsKafka.toRecord(envelope);
        Span span = tracing.startPublishing(envelope, record);
        CompletableFuture<SendResult<String, byte[]>> send = kafka.send(record);
        return send.whenComplete((result, failure) -> {
            if (span != null) {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
            }
            if (failure == null) {
                publishedByTopic.computeIfAbsent(envelope.topic(), topic -> Counter
                        .builder("headcount.outbox.events.published").tag("topic", topic)
                        .description("Events the relay published and the broker acknowledged").register(meters))
                        .increment();
                delay.record(Duration.between(envelope.time(), clock.instant()));
            }
        });
    }

    /** One write per document: still at the version read, its pending events are exactly the ones just sent. */
    private void settle(MongoCollection<Document> documents, List<Document> sent) {
        if (sent.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> done = sent.stream().map(document -> new UpdateOneModel<Document>(
                atVersion(document), Updates.combine(Updates.set(OutboxDocuments.PENDING_EVENTS, List.of()),
                Updates.unset(OutboxDocuments.PENDING_FLAG)))).toList();
        BulkWriteResult settled = documents.bulkWrite(done, new BulkWriteOptions().ordered(false));
        if (settled.getMatchedCount() == sent.size()) {
            return;
        }
        // a writer appended events meanwhile: remove only what was sent and keep the flag for the rest
        for (Document document : sent) {
            List<String> sentIds = pendingEvents(document).stream()
                    .map(event -> event.getString(OutboxDocuments.EVENT_ID)).toList();
            documents.updateOne(Filters.eq("_id", document.get("_id")),
                    Updates.pull(OutboxDocuments.PENDING_EVENTS, Filters.in(OutboxDocuments.EVENT_ID, sentIds)));
        }
    }

    private static boolean allSent(List<CompletableFuture<SendResult<String, byte[]>>> futures, long deadline) {
        try {
            for (CompletableFuture<SendResult<String, byte[]>> future : futures) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** The filter a document's unique {_id, version} index answers: the document as read, if nobody changed it. */
    private static Bson atVersion(Document document) {
        return new Document("_id", document.get("_id"))
                .append(OutboxAggregateStore.VERSION, document.get(OutboxAggregateStore.VERSION));
    }

    private static List<Document> pendingEvents(Document document) {
        return document.getList(OutboxDocuments.PENDING_EVENTS, Document.class, List.of());
    }

    private boolean running() {
        return running || worker == null;
    }

    private void work() {
        long nextSweep = System.nanoTime();
        Duration retryIn = FIRST_RETRY;
        while (running) {
            try {
                if (System.nanoTime() - nextSweep >= 0) {
                    publishPending();
                    nextSweep = System.nanoTime() + properties.safetyNetInterval().toNanos();
                }
                if (draining && signals.isEmpty()) {
                    awaitSettled();
                    running = false;
                    return;
                }
                Signal first = signals.poll(Math.max(0, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (first != null && running) {
                    List<Signal> batch = new ArrayList<>(List.of(first));
                    signals.drainTo(batch, properties.batchSize() - 1);
                    publishSignalled(batch);
                }
                Outcome settled = settledSinceLook.getAndSet(Outcome.NONE);
                if (settled.failed() > 0) {
                    // the broker is not taking events: sweep again soon, backing off up to the safety-net interval
                    nextSweep = Math.min(nextSweep, System.nanoTime() + retryIn.toNanos());
                    retryIn = min(retryIn.multipliedBy(2), properties.safetyNetInterval());
                } else if (settled.published() > 0) {
                    retryIn = FIRST_RETRY;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed; the safety net retries in {}", retryIn, e);
                nextSweep = System.nanoTime() + retryIn.toNanos();
                retryIn = min(retryIn.multipliedBy(2), properties.safetyNetInterval());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void start() {
        if (worker == null && properties.relayEnabled()) {
            running = true;
            draining = false;
            worker = new Thread(this::work, "outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Publishes what was signalled before the stop, then ends (bounded by the send timeout; what is left stays
     * pending for the next start). Runs after the web server's graceful shutdown (see {@link #getPhase}), so the
     * events of the requests it let finish are published too.
     */
    @Override
    public synchronized void stop() {
        if (worker != null) {
            draining = true;
            signals.offer(WAKE_UP);
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = false;
            signals.offer(WAKE_UP);
            worker = null;
        }
    }

    /** Stops after the web server has drained its requests (Boot's graceful shutdown runs at MAX_VALUE - 1024). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }

    record Signal(String collection, Object id) {
    }

    record Outcome(int published, int failed) {
        static final Outcome NONE = new Outcome(0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(published + other.published, failed + other.failed);
        }
    }

    /**
     * @param safetyNetInterval how often the full scan runs (the fast path needs no polling)
     * @param lease             how long a collection's sweep is left to one relay
     * @param batchSize         documents per round
     */
    public record OutboxProperties(boolean relayEnabled, Duration safetyNetInterval, Duration lease,
                                   Duration sendTimeout, int batchSize) {
    }
}
