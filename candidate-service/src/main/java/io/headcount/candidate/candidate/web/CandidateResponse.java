package io.headcount.candidate.candidate.web;

import io.headcount.candidate.candidate.model.Application;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.candidate.model.Profile;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.events.Money;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;

import java.time.Instant;
import java.util.List;

record CandidateResponse(String id, String teamId, PipelineStatus status, ProfileResponse profile, boolean erased,
                         List<ApplicationResponse> applications, Instant createdAt, long version) {

    static CandidateResponse of(Candidate candidate, Profile visibleProfile, Pipeline pipeline) {
        return new CandidateResponse(candidate.id(), candidate.teamId(), pipeline.overallStatus(),
                ProfileResponse.of(visibleProfile), candidate.isErased(),
                candidate.applications().stream().map(a -> ApplicationResponse.of(a, pipeline)).toList(),
                candidate.createdAt(), candidate.version());
    }

    record ProfileResponse(String fullName, String email, String phone, String linkedinUrl, String currentTitle,
                           String currentCompany, CompanySize companySize, String location,
                           Integer yearsOfExperience, List<String> skills, WorkMode workModePreference,
                           Money compensationExpectation) {

        static ProfileResponse of(Profile p) {
            return p == null ? null : new ProfileResponse(p.fullName(), p.email(), p.phone(), p.linkedinUrl(),
                    p.currentTitle(), p.currentCompany(), p.companySize(), p.location(), p.yearsOfExperience(),
                    p.skills(), p.workModePreference(), p.compensationExpectation());
        }
    }

    record ApplicationResponse(String requisitionId, SourceChannel sourceChannel, PipelineStatus status,
                               Instant sourcedAt, Instant withdrawnAt) {

        static ApplicationResponse of(Application application, Pipeline pipeline) {
            PipelineStatus status = pipeline.statusIn(application.requisitionId());
            if (application.isWithdrawn()) {
                status = PipelineStatus.WITHDRAWN.furthest(status);
            }
            return new ApplicationResponse(application.requisitionId(), application.sourceChannel(),
                    status == null ? PipelineStatus.SOURCED : status, application.sourcedAt(),
                    application.withdrawnAt());
        }
    }
}
