package io.headcount.offer.eligibility.model;

/**
 * What offer-service knows, from other services' events, about one candidacy. Each fact is set independently, so
 * events can arrive in any order and any number of times.
 */
public record Eligibility(boolean loopCompleted, boolean withdrawn, boolean erased) {

    public static final Eligibility UNKNOWN = new Eligibility(false, false, false);

    public boolean mayReceiveOffer() {
        return loopCompleted && !withdrawn && !erased;
    }

    /** Nothing stands in the way but a loop completion that may not have arrived yet. */
    public boolean awaitsLoopCompletion() {
        return !loopCompleted && !withdrawn && !erased;
    }

    public String whyNot() {
        if (erased) {
            return "the candidate's data was erased";
        }
        if (withdrawn) {
            return "the candidate withdrew from this requisition";
        }
        return loopCompleted ? null : "the candidate has not completed the interview loop for this requisition";
    }
}
