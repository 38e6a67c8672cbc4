package io.headcount.interview.scheduling.infrastructure;

import io.headcount.events.InterviewStage;
import io.headcount.interview.scheduling.model.Booking;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.interview.scheduling.model.InterviewStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An interview as stored. {@code slotKeys} has a unique (sparse, multikey) index: the store itself refuses a second
 * interview that holds one of an interviewer's slots. Cancelled interviews hold none (the field is absent, not
 * empty: an empty array would itself be an indexed value).
 */
@Document("interviews")
record InterviewDocument(@Id String id, String teamId, long version, String loopId, String candidateId,
                         String requisitionId, String stageKey, InterviewStage stage, List<String> interviewerIds,
                         Instant startsAt, Instant endsAt, String candidateTimeZone, String location,
                         String videoLink, InterviewStatus status, String cancelReason, String bookedBy,
                         List<String> slotKeys) {

    static InterviewDocument from(Interview interview) {
        Booking booking = interview.booking();
        List<String> slots = interview.slotKeys();
        return new InterviewDocument(interview.id(), interview.teamId(), interview.version(), interview.loopId(),
                interview.candidateId(), interview.requisitionId(), interview.stageKey(), interview.stage(),
                booking.interviewerIds(), booking.startsAt(), booking.endsAt(), booking.candidateTimeZone(),
                booking.location(), booking.videoLink(), interview.status(), interview.cancelReason(),
                interview.bookedBy(), slots.isEmpty() ? null : slots);
    }

    Interview toModel() {
        return new Interview(id, teamId, loopId, candidateId, requisitionId, stageKey, stage,
                new Booking(interviewerIds, startsAt, endsAt, candidateTimeZone, location, videoLink), status,
                cancelReason, bookedBy, version);
    }
}
