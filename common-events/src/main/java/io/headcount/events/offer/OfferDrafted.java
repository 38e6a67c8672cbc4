package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.Money;
import io.headcount.events.PersonalData;

import java.time.LocalDate;

/**
 * A first or revised version of an offer was drafted: published for version 1 and again, after {@link OfferRevised},
 * for every later version, each time with that version's full {@code terms} (null only in events written before
 * terms were added). Compensation tied to a person is personal data.
 */
public record OfferDrafted(
        String offerId,
        String candidateId,
        String requisitionId,
        int offerVersion,
        @PersonalData Money baseSalary,
        LocalDate startDate,
        @PersonalData OfferTerms terms) implements OfferEvent, CandidateScoped, RequisitionScoped {
}
