package io.headcount.interview.loop.model;

import io.headcount.events.InterviewStage;
import io.headcount.plumbing.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRightsTest {

    @ParameterizedTest(name = "{0} by {1} (hiring manager of the requisition: {2}) → allowed {3}")
    @CsvSource({
            "RECRUITER_SCREEN,      RECRUITER,      false, true",
            "RECRUITER_SCREEN,      HIRING_MANAGER, true,  true",
            "RECRUITER_SCREEN,      HIRING_MANAGER, false, false",
            "RECRUITER_SCREEN,      TEAM_ADMIN,     false, false",
            "RECRUITER_SCREEN,      INTERVIEWER,    false, false",
            "HIRING_MANAGER_SCREEN, HIRING_MANAGER, true,  true",
            "HIRING_MANAGER_SCREEN, HIRING_MANAGER, false, false",
            "HIRING_MANAGER_SCREEN, TEAM_ADMIN,     false, true",
            "HIRING_MANAGER_SCREEN, RECRUITER,      false, false",
            "TECHNICAL,             HIRING_MANAGER, true,  true",
            "TECHNICAL,             INTERVIEWER,    true,  true",
            "TECHNICAL,             HIRING_MANAGER, false, false",
            "TECHNICAL,             TEAM_ADMIN,     false, false",
            "TECHNICAL,             RECRUITER,      false, false",
            "EXECUTIVE_SCREEN,      APPROVER,       false, true",
            "EXECUTIVE_SCREEN,      TEAM_ADMIN,     false, true",
            "EXECUTIVE_SCREEN,      HIRING_MANAGER, true,  false",
            "EXECUTIVE_SCREEN,      RECRUITER,      false, false"})
    void who_may_decide_each_kind_of_stage(InterviewStage kind, Role role, boolean hiringManager, boolean allowed) {
        assertThat(DecisionRights.refusal(kind, Set.of(role), hiringManager).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"RECRUITER_SCREEN, RECRUITER", "HIRING_MANAGER_SCREEN, TEAM_ADMIN", "TECHNICAL, hiring manager",
            "EXECUTIVE_SCREEN, APPROVER"})
    void a_refusal_says_who_may_decide(InterviewStage kind, String named) {
        assertThat(DecisionRights.refusal(kind, Set.of(), false)).hasValueSatisfying(message ->
                assertThat(message).contains(named));
    }
}
