package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.time.Instant;

/** A take-home's deadline was moved to {@code deadline} (the reason stays inside interview-service). */
public record TakeHomeDeadlineExtended(String takeHomeId, String loopId, String candidateId, String requisitionId,
                                       Instant deadline) implements TakeHomeEvent, CandidateScoped, RequisitionScoped {
}
