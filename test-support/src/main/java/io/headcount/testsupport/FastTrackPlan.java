package io.headcount.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * An interview plan of three stages the requisition's hiring manager decides alone, without scorecards: for load,
 * crash and fault tests that exercise the platform rather than the interview process (which the guide's default
 * plan, with scorecards and a take-home, covers in the end-to-end flow).
 */
public final class FastTrackPlan {

    /** The stage keys, in order; all decidable by the hiring manager. */
    public static final List<String> STAGES = List.of("recruiter-screen", "hiring-manager-screen", "technical-live");

    private FastTrackPlan() {
    }

    /** Waits for interview-service to know the requisition, then replaces its plan (as a team admin or recruiter). */
    public static void apply(Api hiringTeamMember, String requisitionId) {
        String path = "/api/v1/interview-plans/" + requisitionId;
        Api.Response plan = await().atMost(Duration.ofSeconds(60)).until(() -> hiringTeamMember.get(path),
                response -> response.status() == 200);
        Api.Response replaced = hiringTeamMember.header("If-Match", plan.header("ETag")).put(path, Map.of("stages",
                List.of(stage("recruiter-screen", "RECRUITER_SCREEN", null),
                        stage("hiring-manager-screen", "HIRING_MANAGER_SCREEN", null),
                        stage("technical-live", "TECHNICAL", "LIVE_EXERCISE"))));
        if (replaced.status() != 200) {
            throw new IllegalStateException("could not replace the plan: " + replaced);
        }
    }

    private static Map<String, Object> stage(String key, String kind, String format) {
        Map<String, Object> stage = new java.util.HashMap<>(Map.of("key", key, "kind", kind, "name", key,
                "durationMinutes", 30, "focusAttributes", List.of("overall"), "minScorecards", 0));
        if (format != null) {
            stage.put("format", format);
        }
        return stage;
    }
}
