package io.headcount.plumbing.identity;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the verified bearer token: the user, the teams whose records they may see, and their roles.
 * Every read and write is scoped to {@link #teams()}.
 */
public record Caller(String userId, Set<String> teams, Set<Role> roles) {

    public Caller {
        teams = Set.copyOf(teams);
        roles = Set.copyOf(roles);
    }

    /** The people who run a hiring process: they see candidates' contact data, pay expectations and offers. */
    public static final Role[] HIRING_TEAM = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN};

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Any Headcount role in the caller's teams; a token without one reads nothing. */
    public Caller requireTeamMember() {
        return requireAnyRole(Role.values());
    }

    public Caller requireAnyRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw new ForbiddenException("this action needs one of the roles "
                    + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return this;
    }

    /**
     * The team a new record goes to: the one asked for, which must be one of the caller's, or the caller's only
     * team when none is asked for.
     */
    public String teamForNewRecord(String requestedTeamId) {
        if (requestedTeamId == null || requestedTeamId.isBlank()) {
            if (teams.size() == 1) {
                return teams.iterator().next();
            }
            throw new InvalidFieldException("teamId", "you belong to several teams: name the team of the new record");
        }
        if (!teams.contains(requestedTeamId)) {
            throw new ForbiddenException("you are not a member of team " + requestedTeamId);
        }
        return requestedTeamId;
    }
}
