package io.headcount.events.candidate;

import io.headcount.events.CandidateScoped;

import java.util.List;

/** A candidate's profile changed. Names the changed fields, not their values: no personal data travels here. */
public record CandidateProfileUpdated(String candidateId, long profileVersion, List<String> changedFields)
        implements CandidateEvent, CandidateScoped {
}
