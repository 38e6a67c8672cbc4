package io.headcount.candidate.pipeline.model;

import io.headcount.events.HeadcountEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's progress per requisition and the timeline of what happened, built from events of every service.
 * Applying an event twice changes nothing; applying events in any order gives the same statuses (ranks only grow)
 * and the same timeline (kept in event-time order).
 */
public record Pipeline(long version, Map<String, PipelineStatus> statusByRequisition, List<TimelineEntry> timeline,
                       List<String> appliedEventIds) {

    /** Enough to recognise any realistic redelivery; older ids are also caught by the consumer's dedup store. */
    static final int REMEMBERED_EVENT_IDS = 2000;

    public Pipeline {
        statusByRequisition = Map.copyOf(statusByRequisition);
        timeline = List.copyOf(timeline);
        appliedEventIds = List.copyOf(appliedEventIds);
    }

    public static Pipeline empty() {
        return new Pipeline(0, Map.of(), List.of(), List.of());
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    public Pipeline apply(String eventId, Instant at, HeadcountEvent event) {
        if (hasApplied(eventId)) {
            return this;
        }
        String requisitionId = PipelineTransitions.requisitionOf(event);
        Map<String, PipelineStatus> statuses = new LinkedHashMap<>(statusByRequisition);
        PipelineTransitions.statusAfter(event).filter(status -> requisitionId != null)
                .ifPresent(status -> statuses.merge(requisitionId, status, PipelineStatus::furthest));

        List<TimelineEntry> entries = new ArrayList<>(timeline);
        entries.add(new TimelineEntry(eventId, at, event.getClass().getSimpleName(), requisitionId,
                PipelineTransitions.describe(event)));
        // stable: events raised by one change share a time and keep the order they were published in
        entries.sort(Comparator.comparing(TimelineEntry::at));

        List<String> applied = new ArrayList<>(appliedEventIds);
        applied.add(eventId);
        if (applied.size() > REMEMBERED_EVENT_IDS) {
            applied = applied.subList(applied.size() - REMEMBERED_EVENT_IDS, applied.size());
        }
        return new Pipeline(version + 1, statuses, entries, applied);
    }

    public PipelineStatus statusIn(String requisitionId) {
        return statusByRequisition.get(requisitionId);
    }

    /**
     * The candidate's headline status: HIRED if hired anywhere, else the furthest active candidacy, else the furthest
     * of all (every candidacy ended).
     */
    public PipelineStatus overallStatus() {
        if (statusByRequisition.containsValue(PipelineStatus.HIRED)) {
            return PipelineStatus.HIRED;
        }
        PipelineStatus active = statusByRequisition.values().stream().filter(s -> !s.isTerminal())
                .reduce(null, (a, b) -> b.furthest(a));
        if (active != null) {
            return active;
        }
        return statusByRequisition.values().stream().reduce(null, (a, b) -> b.furthest(a));
    }
}
