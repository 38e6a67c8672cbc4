package io.headcount.events;

/**
 * A fact one service publishes for everyone else. Implementations are immutable records; their JSON form is the
 * event body and is described by a JSON Schema under {@code /schemas}.
 */
public interface HeadcountEvent {

    /** The CloudEvents subject and the Kafka key: the candidate the event is about (see {@link EventKeys}). */
    String subject();
}
