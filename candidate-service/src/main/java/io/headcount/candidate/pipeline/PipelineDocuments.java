package io.headcount.candidate.pipeline;

import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.candidate.pipeline.model.TimelineEntry;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pipeline} field of a candidate document: the pipeline feature's stored form, published at the feature's
 * root (not in its infrastructure) because two features write it — the candidate feature stores the first pipeline
 * with the candidate (one insert), the pipeline feature keeps it up to date. Statuses are kept as a list of
 * {requisitionId, status} (not a map keyed by id) so a query can match them with $elemMatch, plus the headline
 * status for plain filters.
 */
public final class PipelineDocuments {

    private PipelineDocuments() {
    }

    public static Document toBson(Pipeline pipeline) {
        List<Document> statuses = pipeline.statusByRequisition().entrySet().stream()
                .map(e -> new Document("requisitionId", e.getKey()).append("status", e.getValue().name()))
                .toList();
        PipelineStatus overall = pipeline.overallStatus();
        return new Document("version", pipeline.version())
                .append("statuses", statuses)
                .append("overallStatus", overall == null ? null : overall.name())
                .append("timeline", pipeline.timeline().stream().map(PipelineDocuments::toBson).toList())
                .append("appliedEventIds", pipeline.appliedEventIds());
    }

    public static Pipeline fromBson(Document document) {
        if (document == null) {
            return Pipeline.empty();
        }
        Map<String, PipelineStatus> statuses = new LinkedHashMap<>();
        for (Document status : document.getList("statuses", Document.class, List.of())) {
            statuses.put(status.getString("requisitionId"), PipelineStatus.valueOf(status.getString("status")));
        }
        List<TimelineEntry> timeline = document.getList("timeline", Document.class, List.of()).stream()
                .map(entry -> new TimelineEntry(entry.getString("eventId"), entry.getDate("at").toInstant(),
                        entry.getString("event"), entry.getString("requisitionId"), entry.getString("detail")))
                .toList();
        Number version = document.get("version", Number.class);
        return new Pipeline(version == null ? 0 : version.longValue(), statuses, timeline,
                document.getList("appliedEventIds", String.class, List.of()));
    }

    private static Document toBson(TimelineEntry entry) {
        return new Document("eventId", entry.eventId()).append("at", java.util.Date.from(entry.at()))
                .append("event", entry.event()).append("requisitionId", entry.requisitionId())
                .append("detail", entry.detail());
    }
}
