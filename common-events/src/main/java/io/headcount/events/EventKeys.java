package io.headcount.events;

/**
 * The one key rule: the Kafka key (and CloudEvents subject) of an event is the candidate id, so every event about a
 * candidate lands in one partition per topic and keeps its order. Events not about a candidate (requisitions) use
 * the id of the aggregate they are about.
 */
public final class EventKeys {

    private EventKeys() {
    }

    public static String keyOf(HeadcountEvent event) {
        String subject = event.subject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " has no subject to key by");
        }
        return subject;
    }
}
