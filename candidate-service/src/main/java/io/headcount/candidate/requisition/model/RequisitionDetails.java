package io.headcount.candidate.requisition.model;

import io.headcount.events.WorkMode;

import java.util.List;

/** What a team says about a role when it opens or edits it. */
public record RequisitionDetails(String title, String level, String location, WorkMode workMode,
                                 List<String> techStack, String hiringManagerId, int headcount) {

    public RequisitionDetails {
        techStack = techStack == null ? List.of() : List.copyOf(techStack);
    }
}
