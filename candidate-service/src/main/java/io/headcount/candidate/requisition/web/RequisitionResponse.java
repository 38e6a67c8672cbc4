package io.headcount.candidate.requisition.web;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.WorkMode;

import java.time.Instant;
import java.util.List;

record RequisitionResponse(String id, String teamId, String title, String level, String location, WorkMode workMode,
                           List<String> techStack, String hiringManagerId, int headcount, int hires,
                           RequisitionStatus status,
                           Instant openedAt, Instant closedAt, String closeReason, long version) {

    static RequisitionResponse of(Requisition requisition) {
        var details = requisition.details();
        return new RequisitionResponse(requisition.id(), requisition.teamId(), details.title(), details.level(),
                details.location(), details.workMode(), details.techStack(), details.hiringManagerId(),
                details.headcount(), requisition.hires(), requisition.status(), requisition.openedAt(), requisition.closedAt(),
                requisition.closeReason(), requisition.version());
    }
}
