package io.headcount.candidate.requisition.model;

import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionEvent;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;

import java.time.Instant;
import java.util.List;

/** A role a team is hiring for. Candidates can be sourced into it while it is open. */
public record Requisition(String id, String teamId, RequisitionDetails details, RequisitionStatus status,
                          Instant openedAt, Instant closedAt, String closeReason, List<String> hiredOfferIds,
                          long version) {

    public static final String FILLED = "FILLED";

    public Requisition {
        hiredOfferIds = hiredOfferIds == null ? List.of() : List.copyOf(hiredOfferIds);
    }

    public static Changed<Requisition, RequisitionEvent> open(String id, String teamId, RequisitionDetails details, Instant now) {
        Requisition opened = new Requisition(id, teamId, details, RequisitionStatus.OPEN, now, null, null, List.of(), 1);
        return Changed.of(opened, new RequisitionOpened(id, details.title(), details.level(), details.location(),
                details.workMode(), details.techStack(), details.hiringManagerId(), details.headcount()));
    }

    /** A revision that changes nothing publishes nothing; any other publishes all the details as they now are. */
    public Changed<Requisition, RequisitionEvent> revise(RequisitionDetails newDetails) {
        requireOpen();
        if (newDetails.equals(details)) {
            return Changed.unchanged(this);
        }
        return Changed.of(new Requisition(id, teamId, newDetails, status, openedAt, closedAt, closeReason,
                        hiredOfferIds, version),
                new RequisitionRevised(id, newDetails.title(), newDetails.level(), newDetails.location(),
                        newDetails.workMode(), newDetails.techStack(), newDetails.hiringManagerId(),
                        newDetails.headcount()));
    }

    public Changed<Requisition, RequisitionEvent> close(String reason, Instant now) {
        if (status != RequisitionStatus.OPEN) {
            return Changed.unchanged(this);
        }
        return Changed.of(new Requisition(id, teamId, details, RequisitionStatus.CLOSED, openedAt, now, reason,
                hiredOfferIds, version), new RequisitionClosed(id, reason));
    }

    /**
     * An offer for this requisition was accepted. Counted once per offer; when the hires reach the headcount an open
     * requisition becomes FILLED and closes (RequisitionClosed, reason FILLED).
     */
    public Changed<Requisition, RequisitionEvent> recordHire(String offerId, Instant now) {
        if (hiredOfferIds.contains(offerId)) {
            return Changed.unchanged(this);
        }
        List<String> hired = new java.util.ArrayList<>(hiredOfferIds);
        hired.add(offerId);
        if (status == RequisitionStatus.OPEN && hired.size() >= details.headcount()) {
            return Changed.of(new Requisition(id, teamId, details, RequisitionStatus.FILLED, openedAt, now, FILLED,
                    hired, version), new RequisitionClosed(id, FILLED));
        }
        return new Changed<>(new Requisition(id, teamId, details, status, openedAt, closedAt, closeReason, hired,
                version), List.of());
    }

    public int hires() {
        return hiredOfferIds.size();
    }

    public boolean isOpen() {
        return status == RequisitionStatus.OPEN;
    }

    public void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException("requisition " + id + " is " + status.name().toLowerCase());
        }
    }
}
