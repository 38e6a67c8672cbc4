package io.headcount.offer.offer.model;

import io.headcount.events.WorkMode;

import java.time.Instant;
import java.time.LocalDate;

/** What one version of an offer says. */
public record OfferTerms(Compensation compensation, WorkMode workMode, LocalDate startDate, Instant expiresAt) {
}
