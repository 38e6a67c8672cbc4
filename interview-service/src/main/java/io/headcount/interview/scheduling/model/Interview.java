package io.headcount.interview.scheduling.model;

import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewCancelled;
import io.headcount.events.interview.InterviewEvent;
import io.headcount.events.interview.InterviewScheduled;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview booked for one stage of a loop. While scheduled it holds one key per interviewer and 5-minute slot
 * ({@link #slotKeys()}); the store keeps those keys unique across interviews, so two overlapping bookings of one
 * interviewer cannot both be stored, however concurrent.
 */
public record Interview(String id, String teamId, String loopId, String candidateId, String requisitionId,
                        String stageKey, InterviewStage stage, Booking booking, InterviewStatus status,
                        String cancelReason, String bookedBy, long version) {

    public static Changed<Interview, InterviewEvent> schedule(String id, String teamId, String loopId, String candidateId,
                                              String requisitionId, String stageKey, InterviewStage stage,
                                              Booking booking, String bookedBy, Instant now) {
        booking.validate(now);
        Interview interview = new Interview(id, teamId, loopId, candidateId, requisitionId, stageKey, stage, booking,
                InterviewStatus.SCHEDULED, null, bookedBy, 1);
        return Changed.of(interview, interview.scheduled());
    }

    /** New times (and people or place); published again as InterviewScheduled under the same interview id. */
    public Changed<Interview, InterviewEvent> reschedule(Booking newBooking, Instant now) {
        requireScheduled();
        newBooking.validate(now);
        Interview moved = new Interview(id, teamId, loopId, candidateId, requisitionId, stageKey, stage, newBooking,
                status, null, bookedBy, version);
        return Changed.of(moved, moved.scheduled());
    }

    /** Frees the interviewers' slots. {@code reason} stays here; the event says only that it was called off. */
    public Changed<Interview, InterviewEvent> cancel(String reason, String publishedReason) {
        if (status == InterviewStatus.CANCELLED) {
            return Changed.unchanged(this);
        }
        return Changed.of(new Interview(id, teamId, loopId, candidateId, requisitionId, stageKey, stage, booking,
                        InterviewStatus.CANCELLED, reason, bookedBy, version),
                new InterviewCancelled(id, loopId, requisitionId, candidateId, publishedReason));
    }



    /** A scheduled interview whose start time has come: what its scorecards wait for. */
    public boolean hasStarted(Instant now) {
        return status == InterviewStatus.SCHEDULED && !booking.startsAt().isAfter(now);
    }

    /** team|interviewer|epoch-minute of every 5-minute slot the interview occupies; none once cancelled. */
    public List<String> slotKeys() {
        if (status != InterviewStatus.SCHEDULED) {
            return List.of();
        }
        return slotKeys(teamId, booking);
    }

    public static List<String> slotKeys(String teamId, Booking booking) {
        List<String> keys = new ArrayList<>();
        for (String interviewer : booking.interviewerIds()) {
            for (Instant slot = booking.startsAt(); slot.isBefore(booking.endsAt()); slot = slot.plus(Booking.GRID)) {
                keys.add(teamId + "|" + interviewer + "|" + slot.getEpochSecond() / 60);
            }
        }
        return keys;
    }

    /** GDPR erasure: the free-text cancel reason may name the candidate. */
    public Interview erasePersonalData() {
        return new Interview(id, teamId, loopId, candidateId, requisitionId, stageKey, stage, booking, status, null,
                bookedBy, version);
    }

    private InterviewScheduled scheduled() {
        return new InterviewScheduled(id, loopId, candidateId, requisitionId, stage, booking.interviewerIds(),
                booking.startsAt(), booking.endsAt(), stageKey);
    }

    private void requireScheduled() {
        if (status != InterviewStatus.SCHEDULED) {
            throw new ConflictException("interview " + id + " is " + status);
        }
    }
}
