package io.headcount.interview.takehome.model;

import java.time.Instant;

/** A deadline moved to {@code deadline} by {@code by}, for {@code reason}. */
public record DeadlineExtension(Instant deadline, String reason, String by, Instant at) {
}
