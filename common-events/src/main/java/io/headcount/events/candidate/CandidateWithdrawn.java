package io.headcount.events.candidate;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

/** The candidate left the process of one requisition. */
public record CandidateWithdrawn(String candidateId, String requisitionId, String reason) implements CandidateEvent, CandidateScoped, RequisitionScoped {
}
