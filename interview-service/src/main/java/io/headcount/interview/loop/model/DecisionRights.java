package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;
import io.headcount.plumbing.identity.Role;

import java.util.Optional;
import java.util.Set;

/** Who may decide each kind of stage. */
public final class DecisionRights {

    private DecisionRights() {
    }

    /** Empty when the caller may decide; otherwise what deciding needs, for the 403. */
    public static Optional<String> refusal(InterviewStage kind, Set<Role> roles, boolean isHiringManager) {
        return switch (kind) {
            case RECRUITER_SCREEN -> roles.contains(Role.RECRUITER) || isHiringManager ? Optional.empty()
                    : Optional.of("deciding a RECRUITER_SCREEN needs the RECRUITER role or being the requisition's "
                    + "hiring manager");
            case HIRING_MANAGER_SCREEN -> isHiringManager || roles.contains(Role.TEAM_ADMIN) ? Optional.empty()
                    : Optional.of("deciding a HIRING_MANAGER_SCREEN needs being the requisition's hiring manager or "
                    + "the TEAM_ADMIN role");
            case TECHNICAL -> isHiringManager ? Optional.empty()
                    : Optional.of("deciding a TECHNICAL stage needs being the requisition's hiring manager");
            case EXECUTIVE_SCREEN -> roles.contains(Role.APPROVER) || roles.contains(Role.TEAM_ADMIN)
                    ? Optional.empty()
                    : Optional.of("deciding an EXECUTIVE_SCREEN needs the APPROVER or the TEAM_ADMIN role");
        };
    }
}
