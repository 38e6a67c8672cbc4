package io.headcount.plumbing.outbox;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The correlation and causation of the work on this thread: an HTTP request starts a correlation; handling an event
 * continues the event's correlation and names the event as the cause of whatever it raises.
 */
public final class EventContext {

    private static final ThreadLocal<EventContext> CURRENT = new ThreadLocal<>();

    private final String correlationId;
    private final String causationId;

    private EventContext(String correlationId, String causationId) {
        this.correlationId = correlationId;
        this.causationId = causationId;
    }

    public static EventContext current() {
        EventContext context = CURRENT.get();
        return context != null ? context : new EventContext(UUID.randomUUID().toString(), null);
    }

    public static <T> T within(String correlationId, String causationId, Supplier<T> work) {
        EventContext previous = CURRENT.get();
        CURRENT.set(new EventContext(correlationId == null ? UUID.randomUUID().toString() : correlationId,
                causationId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public String correlationId() {
        return correlationId;
    }

    public String causationId() {
        return causationId;
    }
}
