package io.headcount.offer.offer.web;

import io.headcount.events.WorkMode;
import io.headcount.offer.offer.model.OfferTerms;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "The terms of a new version of an offer")
record TermsRequest(
        @Valid @NotNull DraftOfferRequest.CompensationRequest compensation,
        @Schema(example = "HYBRID") @NotNull WorkMode workMode,
        @Schema(example = "2027-02-01") @NotNull LocalDate startDate,
        @Schema(example = "2026-12-15T17:00:00Z", description = "when the extended offer lapses") Instant expiresAt) {

    OfferTerms toTerms() {
        return new OfferTerms(compensation.toCompensation(), workMode, startDate, expiresAt);
    }
}
