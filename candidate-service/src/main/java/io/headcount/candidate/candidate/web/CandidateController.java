package io.headcount.candidate.candidate.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.candidate.candidate.application.CandidateService;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.pipeline.application.PipelineRepository;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Candidates", description = "People sourced into requisitions, their candidacies and pipeline")
class CandidateController {

    private final CandidateService candidates;
    private final PipelineRepository pipelines;

    CandidateController(CandidateService candidates, PipelineRepository pipelines) {
        this.candidates = candidates;
        this.pipelines = pipelines;
    }

    @Allowed({Role.RECRUITER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Source a candidate into an open requisition",
            description = "Emits CandidateSourced. The same email (case-insensitive) or LinkedIn profile in the team "
                    + "is refused with 409 and a link to the existing candidate. Send Idempotency-Key to retry safely.")
    @ApiResponse(responseCode = "201", description = "Sourced; Location and ETag headers set")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    @ApiResponse(responseCode = "409", description = "Duplicate candidate (body.existing links to it) or closed "
            + "requisition")
    ResponseEntity<CandidateResponse> source(Caller caller, @Valid @RequestBody SourceCandidateRequest request,
                                             @Parameter(description = "makes a retried POST return the first result")
                                             @RequestHeader(name = "Idempotency-Key", required = false)
                                             String idempotencyKey) {
        Candidate sourced = candidates.source(caller, request.requisitionId(), request.sourceChannel(),
                request.profile().toProfile());
        return ETags.created("/api/v1/candidates/" + sourced.id(), sourced.version(), view(caller, sourced));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a candidate with the status of each candidacy", description = "Every role of the "
            + "team; INTERVIEWER and APPROVER see the profile without email, phone, LinkedIn URL and pay expectation.")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such candidate in the caller's teams")
    ResponseEntity<CandidateResponse> get(Caller caller, @PathVariable String id) {
        Candidate candidate = candidates.get(caller, id);
        return ETags.ok(candidate.version(), view(caller, candidate));
    }

    @Allowed({Role.RECRUITER, Role.TEAM_ADMIN})
    @PutMapping("/{id}/profile")
    @Operation(summary = "Replace a candidate's profile", description = "Needs If-Match with the ETag you read. "
            + "Emits CandidateProfileUpdated naming the changed fields (no values) once per effective change.")
    @ApiResponse(responseCode = "200", description = "Updated; new ETag")
    @ApiResponse(responseCode = "404", description = "No such candidate in the caller's teams")
    @ApiResponse(responseCode = "409", description = "The new email or LinkedIn URL belongs to another candidate, "
            + "or the candidate was erased")
    @ApiResponse(responseCode = "412", description = "Stale If-Match: someone changed the candidate since you read it")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<CandidateResponse> updateProfile(Caller caller, @PathVariable String id,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @Valid @RequestBody ProfileRequest profile) {
        ExpectedVersion expected = ETags.expectedVersion(ifMatch, "candidate", id);
        Candidate updated = candidates.updateProfile(caller, id, expected, profile.toProfile());
        return ETags.ok(updated.version(), view(caller, updated));
    }

    @Allowed({Role.RECRUITER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/applications")
    @Operation(summary = "Source an existing candidate into another requisition of the team",
            description = "One person, several candidacies. Emits CandidateSourced for the new requisition.")
    @ApiResponse(responseCode = "200", description = "Added")
    @ApiResponse(responseCode = "409", description = "Already in that requisition, or it is closed")
    ResponseEntity<CandidateResponse> addApplication(Caller caller, @PathVariable String id,
                                                     @Valid @RequestBody ApplicationRequest request) {
        Candidate candidate = candidates.sourceInto(caller, id, request.requisitionId(), request.sourceChannel());
        return ETags.ok(candidate.version(), view(caller, candidate));
    }

    @Allowed({Role.RECRUITER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a candidate from one requisition", description = "Emits CandidateWithdrawn; "
            + "interview-service closes the loop and offer-service the offers of that candidacy.")
    @ApiResponse(responseCode = "200", description = "Withdrawn (withdrawing twice changes nothing)")
    ResponseEntity<CandidateResponse> withdraw(Caller caller, @PathVariable String id,
                                               @Valid @RequestBody WithdrawalRequest request) {
        Candidate candidate = candidates.withdraw(caller, id, request.requisitionId(), request.reason());
        return ETags.ok(candidate.version(), view(caller, candidate));
    }

    @Allowed({Role.TEAM_ADMIN})
    @PostMapping("/{id}/erase")
    @Operation(summary = "Erase a candidate's personal data (GDPR)", description = "TEAM_ADMIN only. Removes the "
            + "profile here and, through CandidateErased, in every service; anonymous facts stay. Idempotent.")
    @ApiResponse(responseCode = "200", description = "Erased")
    ResponseEntity<CandidateResponse> erase(Caller caller, @PathVariable String id) {
        Candidate candidate = candidates.erase(caller, id);
        return ETags.ok(candidate.version(), view(caller, candidate));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to a candidate, in time order, across all services")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest first")
    @ApiResponse(responseCode = "404", description = "No such candidate in the caller's teams")
    TimelineResponse timeline(Caller caller, @PathVariable String id) {
        Candidate candidate = candidates.getWithHistory(caller, id);
        return TimelineResponse.of(candidate.id(), pipelineOf(candidate));
    }

    private CandidateResponse view(Caller caller, Candidate candidate) {
        return CandidateResponse.of(candidate, CandidateService.visibleProfile(caller, candidate),
                pipelineOf(candidate));
    }

    private Pipeline pipelineOf(Candidate candidate) {
        return pipelines.find(candidate.id(), candidate.teamId()).orElse(Pipeline.empty());
    }
}
