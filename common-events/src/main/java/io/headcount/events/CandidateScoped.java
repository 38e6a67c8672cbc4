package io.headcount.events;

/** An event about one candidate: keyed by the candidate id, so all of a candidate's events stay in order. */
public interface CandidateScoped extends HeadcountEvent {

    String candidateId();

    @Override
    default String subject() {
        return candidateId();
    }
}
