package io.headcount.events.candidate;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.PersonalData;
import io.headcount.events.SourceChannel;

import java.util.List;

/** A recruiter added a candidate to a requisition. One event per candidate and requisition. */
public record CandidateSourced(
        String candidateId,
        String requisitionId,
        SourceChannel sourceChannel,
        @PersonalData String fullName,
        @PersonalData String email,
        List<String> skills) implements CandidateEvent, CandidateScoped, RequisitionScoped {
}
