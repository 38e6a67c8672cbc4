package io.headcount.candidate.requisition.model;

import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;

import java.time.Instant;

/** A role a team is hiring for. Candidates can be sourced into it while it is open. */
public record Requisition(String id, String teamId, RequisitionDetails details, RequisitionStatus status,
                          Instant openedAt, Instant closedAt, String closeReason, long version) {

    public static Changed<Requisition> open(String id, String teamId, RequisitionDetails details, Instant now) {
        Requisition opened = new Requisition(id, teamId, details, RequisitionStatus.OPEN, now, null, null, 1);
        return Changed.of(opened, new RequisitionOpened(id, details.title(), details.level(), details.location(),
                details.workMode(), details.techStack(), details.hiringManagerId(), details.headcount()));
    }

    /** A revision that changes nothing publishes nothing; any other publishes all the details as they now are. */
    public Changed<Requisition> revise(RequisitionDetails newDetails) {
        requireOpen();
        if (newDetails.equals(details)) {
            return Changed.unchanged(this);
        }
        return Changed.of(new Requisition(id, teamId, newDetails, status, openedAt, closedAt, closeReason, version),
                new RequisitionRevised(id, newDetails.title(), newDetails.level(), newDetails.location(),
                        newDetails.workMode(), newDetails.techStack(), newDetails.hiringManagerId(),
                        newDetails.headcount()));
    }

    public Changed<Requisition> close(String reason, Instant now) {
        if (status == RequisitionStatus.CLOSED) {
            return Changed.unchanged(this);
        }
        return Changed.of(new Requisition(id, teamId, details, RequisitionStatus.CLOSED, openedAt, now, reason,
                version), new RequisitionClosed(id, reason));
    }

    public boolean isOpen() {
        return status == RequisitionStatus.OPEN;
    }

    public void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException("requisition " + id + " is closed");
        }
    }
}
