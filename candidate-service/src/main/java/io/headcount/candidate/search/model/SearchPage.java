package io.headcount.candidate.search.model;

import java.util.List;

/** A page of hits and the opaque cursor of the next one (null on the last page). */
public record SearchPage(List<CandidateSummary> items, String nextCursor, String storeFilter) {
}
