package io.headcount.interview.plan.model;

import io.headcount.events.InterviewStage;

import java.util.List;
import java.util.function.Function;

/**
 * The hiring guide's process for backend developers: recruiter screen (background, interest, compensation and
 * logistics alignment) → hiring-manager screen (a deep dive into background and the products built, no coding) →
 * two technical rounds judged on actual code (a live exercise in an allotted time, and a take-home project) →
 * executive screen (soft skills, motivation, interest). Each technical round needs one submitted scorecard; the
 * screens are conversations decided by their owner. Every requisition starts with it; a team edits it per
 * requisition.
 */
public final class DefaultPlan {

    private DefaultPlan() {
    }

    /** @param questionId the id a starter question of the team's bank has, by its code (see the bank's seed) */
    public static List<PlanStage> stages(Function<String, String> questionId) {
        return List.of(
                new PlanStage("recruiter-screen", InterviewStage.RECRUITER_SCREEN, "Recruiter screen", null, 30, null,
                        List.of("background", "interest in the role", "compensation alignment", "logistics"),
                        kit(questionId, "behavioural-1", "behavioural-7"), 0),
                new PlanStage("hiring-manager-screen", InterviewStage.HIRING_MANAGER_SCREEN, "Hiring-manager screen",
                        null, 45, null, List.of("background deep-dive", "products built", "skill set"),
                        kit(questionId, "design-1", "behavioural-6"), 0),
                new PlanStage("technical-live", InterviewStage.TECHNICAL, "Live coding exercise",
                        StageFormat.LIVE_EXERCISE, 60, null,
                        List.of("problem solving", "programming languages", "code quality"),
                        kit(questionId, "languages-2", "languages-5", "databases-4", "networking-7"), 1),
                new PlanStage("technical-take-home", InterviewStage.TECHNICAL, "Take-home project",
                        StageFormat.TAKE_HOME, null, 72, List.of("code quality", "testing", "design"),
                        kit(questionId, "testing-1", "design-2", "apis-2"), 1),
                new PlanStage("executive-screen", InterviewStage.EXECUTIVE_SCREEN, "Executive screen", null, 30, null,
                        List.of("soft skills", "motivation", "interest"),
                        kit(questionId, "behavioural-3", "behavioural-5"), 0));
    }

    private static List<String> kit(Function<String, String> questionId, String... codes) {
        return java.util.Arrays.stream(codes).map(questionId).toList();
    }
}
