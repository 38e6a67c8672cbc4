package io.headcount.interview.loop.model;

/** A candidate in one requisition of one team: a loop's identity in the hiring process. */
public record Candidacy(String teamId, String candidateId, String requisitionId) {

    /** The one string a store's unique index can hold. */
    public String key() {
        return teamId + "|" + candidateId + "|" + requisitionId;
    }
}
