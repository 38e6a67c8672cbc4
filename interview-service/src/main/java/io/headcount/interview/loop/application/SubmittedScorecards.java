package io.headcount.interview.loop.application;

import java.util.List;

/** What a stage decision needs from the scorecard feature, as this feature asks for it (scorecards provide it). */
public interface SubmittedScorecards {

    /** Ids of the submitted scorecards of a loop's stage, oldest first. */
    List<String> submittedIds(String loopId, String stageKey);
}
