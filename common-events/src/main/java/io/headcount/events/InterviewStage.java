package io.headcount.events;

/** The kinds of interview stage; the hiring guide passes them in this order, and a plan may repeat one (two TECHNICAL rounds). */
public enum InterviewStage {
    RECRUITER_SCREEN, HIRING_MANAGER_SCREEN, TECHNICAL, EXECUTIVE_SCREEN
}
