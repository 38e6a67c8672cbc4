package io.headcount.interview.scorecard.model;

import java.time.Instant;

/** A change to a submitted scorecard, by its author, with the reason they gave. */
public record Amendment(String reason, Instant at) {
}
