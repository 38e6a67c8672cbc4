package io.headcount.plumbing.testapp;

import io.headcount.events.candidate.CandidateSourced;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A minimal service built on the plumbing: one aggregate collection and one subscriber that counts effects. */
@SpringBootApplication
public class PlumbingTestApplication {

    public static final String FAIL_ALWAYS = "always-fails";
    /** The logging context (MDC) each candidate's event was handled in. */
    public static final java.util.Map<String, java.util.Map<String, String>> LOGGING_CONTEXT =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Bean
    EventSubscriber effectCounter(MongoTemplate mongo) {
        return (Subscriptions subscriptions) -> subscriptions.on(CandidateSourced.class, (event, envelope) -> {
            if (event.candidateId().startsWith(FAIL_ALWAYS)) {
                throw new IllegalStateException("handler cannot process " + event.candidateId());
            }
            LOGGING_CONTEXT.put(event.candidateId(), org.slf4j.MDC.getCopyOfContextMap());
            mongo.upsert(Query.query(Criteria.where("_id").is(event.candidateId())),
                    new Update().inc("effects", 1), Document.class, "effects");
        });
    }

    /** Every failed delivery the container's error handler saw: record key → attempt numbers. */
    public static final java.util.Map<String, java.util.List<Integer>> FAILED_DELIVERIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Bean
    org.springframework.kafka.listener.RetryListener failedDeliveries() {
        return (record, exception, attempt) -> FAILED_DELIVERIES.computeIfAbsent(String.valueOf(record.key()),
                key -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(attempt);
    }

    /** A defect of the kind no handler expects, with internals in its message that must not reach the caller. */
    public static final String INTERNALS = "mongodb://admin:s3cret@10.0.0.7/headcount at io.headcount.Secret.run";

    @org.springframework.web.bind.annotation.RestController
    static class DefectiveController {

        @org.springframework.web.bind.annotation.GetMapping("/api/v1/defects/exception")
        String exception() {
            throw new IllegalStateException(INTERNALS);
        }

        @org.springframework.web.bind.annotation.GetMapping("/api/v1/defects/error")
        String error() {
            throw new LinkageError(INTERNALS);
        }
    }

    /** An aggregate document as services store them: state, version and (unmapped) pending events. */
    @org.springframework.data.mongodb.core.mapping.Document("counters")
    public record Counter(String id, long version, int value) {
    }
}
