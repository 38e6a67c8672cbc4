package io.headcount.plumbing.outbox;

import org.slf4j.MDC;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The correlation and causation of the work on this thread: an HTTP request starts a correlation; handling an event
 * continues the event's correlation and names the event as the cause of whatever it raises.
 */
public final class EventContext {

    public static final String MDC_CORRELATION_ID = "correlationId";
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

    /** Runs {@code work} in this correlation; its log lines carry {@code correlationId} (MDC). */
    public static <T> T within(String correlationId, String causationId, Supplier<T> work) {
        EventContext previous = CURRENT.get();
        EventContext context = new EventContext(correlationId == null ? UUID.randomUUID().toString() : correlationId,
                causationId);
        CURRENT.set(context);
        try (MDC.MDCCloseable logged = MDC.putCloseable(MDC_CORRELATION_ID, context.correlationId)) {
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
