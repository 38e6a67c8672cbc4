package io.headcount.events;

import java.util.List;

/** The stages of an interview loop, in the order a candidate passes them. */
public enum InterviewStage {
    RECRUITER_SCREEN, HIRING_MANAGER_SCREEN, TECHNICAL, EXECUTIVE_SCREEN;

    public static List<InterviewStage> inOrder() {
        return List.of(values());
    }
}
