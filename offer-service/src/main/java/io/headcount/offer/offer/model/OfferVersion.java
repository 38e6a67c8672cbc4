package io.headcount.offer.offer.model;

import java.time.Instant;

/** One version of an offer. Terms are null after the candidate's personal data was erased. */
public record OfferVersion(int number, OfferTerms terms, Instant createdAt) {
}
