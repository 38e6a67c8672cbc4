package io.headcount.interview.scheduling.web;

import io.headcount.events.InterviewStage;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.interview.scheduling.model.InterviewStatus;

import java.time.Instant;
import java.util.List;

record InterviewResponse(String id, String teamId, String loopId, String candidateId, String requisitionId,
                         String stageKey, InterviewStage stage, List<String> interviewerIds, Instant startsAt,
                         Instant endsAt, String candidateTimeZone, String location, String videoLink,
                         InterviewStatus status, String cancelReason, String bookedBy, long version) {

    static InterviewResponse of(Interview interview) {
        return new InterviewResponse(interview.id(), interview.teamId(), interview.loopId(), interview.candidateId(),
                interview.requisitionId(), interview.stageKey(), interview.stage(),
                interview.booking().interviewerIds(), interview.booking().startsAt(), interview.booking().endsAt(),
                interview.booking().candidateTimeZone(), interview.booking().location(),
                interview.booking().videoLink(), interview.status(), interview.cancelReason(), interview.bookedBy(),
                interview.version());
    }
}
