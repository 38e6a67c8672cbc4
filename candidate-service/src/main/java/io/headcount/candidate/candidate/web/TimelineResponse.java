package io.headcount.candidate.candidate.web;

import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.candidate.pipeline.model.TimelineEntry;

import java.util.List;

record TimelineResponse(String candidateId, PipelineStatus status, List<TimelineEntry> entries) {

    static TimelineResponse of(String candidateId, Pipeline pipeline) {
        return new TimelineResponse(candidateId, pipeline.overallStatus(), pipeline.timeline());
    }
}
