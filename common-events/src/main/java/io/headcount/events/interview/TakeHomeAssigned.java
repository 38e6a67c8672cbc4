package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.time.Instant;
import java.util.List;

/** A take-home exercise was given to the candidate for a TAKE_HOME stage; it is due at {@code deadline}. */
public record TakeHomeAssigned(String takeHomeId, String loopId, String candidateId, String requisitionId,
                               String stageKey, String exerciseRef, List<String> reviewerIds, Instant deadline)
        implements TakeHomeEvent, CandidateScoped, RequisitionScoped {
}
