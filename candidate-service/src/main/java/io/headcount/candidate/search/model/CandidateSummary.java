package io.headcount.candidate.search.model;

import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;

import java.util.List;

/** One search hit: enough to show a result list without loading each candidate. */
public record CandidateSummary(String id, String fullName, String currentTitle, String currentCompany,
                               String location, Integer yearsOfExperience, List<String> skills,
                               CompanySize companySize, WorkMode workModePreference, PipelineStatus status,
                               List<Candidacy> candidacies) {

    public record Candidacy(String requisitionId, SourceChannel sourceChannel, PipelineStatus status) {
    }
}
