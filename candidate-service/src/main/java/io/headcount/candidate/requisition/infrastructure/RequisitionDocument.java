package io.headcount.candidate.requisition.infrastructure;

import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionDetails;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.events.WorkMode;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

@Document("requisitions")
record RequisitionDocument(@Id String id, String teamId, long version, String title, String level, String location,
                           WorkMode workMode, List<String> techStack, String hiringManagerId, int headcount,
                           RequisitionStatus status, Instant openedAt, Instant closedAt, String closeReason,
                           List<String> hiredOfferIds) {

    static RequisitionDocument from(Requisition requisition) {
        RequisitionDetails details = requisition.details();
        return new RequisitionDocument(requisition.id(), requisition.teamId(), requisition.version(),
                details.title(), details.level(), details.location(), details.workMode(), details.techStack(),
                details.hiringManagerId(), details.headcount(), requisition.status(), requisition.openedAt(),
                requisition.closedAt(), requisition.closeReason(),
                requisition.hiredOfferIds().isEmpty() ? null : requisition.hiredOfferIds());
    }

    Requisition toModel() {
        return new Requisition(id, teamId, new RequisitionDetails(title, level, location, workMode, techStack,
                hiringManagerId, headcount), status, openedAt, closedAt, closeReason, hiredOfferIds, version);
    }
}
