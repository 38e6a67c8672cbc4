package io.headcount.interview.scorecard.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.scorecard.application.ScorecardService;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "Structured verdicts of interviewers and take-home reviewers; blind until "
        + "your own is submitted")
class ScorecardController {

    private final ScorecardService scorecards;

    ScorecardController(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Start my scorecard for an interview or take-home I am assigned to", description = "A draft, "
            + "or submitted at once with submit: true (emits ScorecardSubmitted). One per interviewer and "
            + "assessment.")
    @ApiResponse(responseCode = "201", description = "Stored; Location and ETag headers set")
    @ApiResponse(responseCode = "403", description = "The caller is not assigned to the interview or take-home")
    @ApiResponse(responseCode = "409", description = "The caller has a scorecard for it already (linked)")
    ResponseEntity<ScorecardResponse> start(Caller caller, @Valid @RequestBody ScorecardRequest request) {
        if (request.assessmentId() == null || request.assessmentId().isBlank()) {
            throw new InvalidFieldException("assessmentId", "names the interview or take-home the scorecard judges");
        }
        Scorecard scorecard = scorecards.start(caller, request.assessmentId(), request.toContent(),
                Boolean.TRUE.equals(request.submit()));
        return ETags.created("/api/v1/scorecards/" + scorecard.id(), scorecard.version(),
                ScorecardResponse.of(scorecard));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a scorecard", description = "Its author, recruiters, team admins and the requisition's "
            + "hiring manager always; other interviewers once they submitted their own scorecard in the loop.")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "403", description = "Blind: submit your own scorecard in this loop first")
    @ApiResponse(responseCode = "404", description = "No such scorecard in the caller's teams")
    ResponseEntity<ScorecardResponse> get(Caller caller, @PathVariable String id) {
        Scorecard scorecard = scorecards.get(caller, id);
        return ETags.ok(scorecard.version(), ScorecardResponse.of(scorecard));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "The scorecards of a loop the caller may see, oldest first, cursor-paginated",
            description = "An interviewer who has not "
            + "submitted a scorecard in the loop sees only their own.")
    Page<ScorecardResponse> ofLoop(Caller caller, @RequestParam @Size(max = 64) String loopId,
                                   @RequestParam(required = false) @Size(max = 200) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        return Page.within(scorecards.ofLoop(caller, loopId), cursor, Cursors.limit(limit), Scorecard::id,
                ScorecardResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Replace my draft's content, or amend my submitted scorecard (amendReason required)",
            description = "Needs If-Match. An amendment emits ScorecardSubmitted again with the new ratings.")
    @ApiResponse(responseCode = "200", description = "Done; new ETag")
    @ApiResponse(responseCode = "403", description = "Not the author")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<ScorecardResponse> revise(Caller caller, @PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch,
                                             @Valid @RequestBody ScorecardRequest request) {
        Scorecard scorecard = scorecards.revise(caller, id, ETags.expectedVersion(ifMatch, "scorecard", id),
                request.toContent(), request.amendReason());
        return ETags.ok(scorecard.version(), ScorecardResponse.of(scorecard));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit my draft", description = "Every focus attribute rated and a recommendation given. "
            + "Emits ScorecardSubmitted (ratings and recommendation only).")
    @ApiResponse(responseCode = "200", description = "Done; new ETag")
    @ApiResponse(responseCode = "400", description = "Incomplete: the problem names what is missing")
    @ApiResponse(responseCode = "409", description = "Already submitted")
    ResponseEntity<ScorecardResponse> submit(Caller caller, @PathVariable String id) {
        Scorecard scorecard = scorecards.submit(caller, id);
        return ETags.ok(scorecard.version(), ScorecardResponse.of(scorecard));
    }
}
