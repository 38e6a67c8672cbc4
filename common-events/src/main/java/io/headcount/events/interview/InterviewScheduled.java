package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.InterviewStage;

import java.time.Instant;
import java.util.List;

public record InterviewScheduled(
        String interviewId,
        String loopId,
        String candidateId,
        String requisitionId,
        InterviewStage stage,
        List<String> interviewerIds,
        Instant startsAt,
        Instant endsAt,
        String stageKey) implements InterviewEvent, CandidateScoped, RequisitionScoped {
}
