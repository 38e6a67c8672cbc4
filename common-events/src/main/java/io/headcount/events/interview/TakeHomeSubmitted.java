package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.time.Instant;

/** The candidate handed in their take-home (the submission's address stays inside interview-service). */
public record TakeHomeSubmitted(String takeHomeId, String loopId, String candidateId, String requisitionId,
                                Instant submittedAt) implements TakeHomeEvent, CandidateScoped, RequisitionScoped {
}
