package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.time.Instant;

/** The take-home's deadline passed without a submission. */
public record TakeHomeExpired(String takeHomeId, String loopId, String candidateId, String requisitionId,
                              Instant deadline) implements TakeHomeEvent, CandidateScoped, RequisitionScoped {
}
