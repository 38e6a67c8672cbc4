package io.headcount.events.candidate;

import io.headcount.events.CandidateScoped;

/**
 * The candidate's personal data was erased (GDPR). Every subscriber removes what it holds about this candidate and
 * keeps only anonymous facts. Carries no personal data itself.
 */
public record CandidateErased(String candidateId) implements CandidateEvent, CandidateScoped {
}
