package io.headcount.plumbing.identity;

/** What a user may do inside their teams; carried in the token's {@code roles} claim. */
public enum Role {
    RECRUITER, HIRING_MANAGER, INTERVIEWER, APPROVER, TEAM_ADMIN
}
