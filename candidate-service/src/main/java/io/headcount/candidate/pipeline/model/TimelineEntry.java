package io.headcount.candidate.pipeline.model;

import java.time.Instant;

/** One thing that happened to a candidate. Never holds personal data: it survives erasure. */
public record TimelineEntry(String eventId, Instant at, String event, String requisitionId, String detail) {
}
