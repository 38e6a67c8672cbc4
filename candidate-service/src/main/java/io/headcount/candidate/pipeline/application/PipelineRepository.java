package io.headcount.candidate.pipeline.application;

import io.headcount.candidate.pipeline.model.Pipeline;

import java.util.Optional;

public interface PipelineRepository {

    /** Empty when the team has no such candidate (events of another team never touch it). */
    Optional<Pipeline> find(String candidateId, String teamId);

    /** False when someone else changed the pipeline since it was read at {@code expectedVersion}. */
    boolean replace(String candidateId, String teamId, long expectedVersion, Pipeline pipeline);
}
