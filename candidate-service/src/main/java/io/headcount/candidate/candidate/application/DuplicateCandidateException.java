package io.headcount.candidate.candidate.application;

/** The store refused a second candidate with the same email or LinkedIn profile in a team. */
public class DuplicateCandidateException extends RuntimeException {

    public DuplicateCandidateException(Throwable cause) {
        super(cause);
    }
}
