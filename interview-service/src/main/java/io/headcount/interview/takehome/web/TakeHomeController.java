package io.headcount.interview.takehome.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.takehome.application.TakeHomeService;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/take-homes")
@Tag(name = "Take-homes", description = "Take-home exercises: ASSIGNED → SUBMITTED → REVIEWED, or EXPIRED when the "
        + "deadline passes without a submission. Actions: RECRUITER, HIRING_MANAGER, TEAM_ADMIN")
class TakeHomeController {

    private final TakeHomeService takeHomes;

    TakeHomeController(TakeHomeService takeHomes) {
        this.takeHomes = takeHomes;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Assign a take-home for a TAKE_HOME stage of an open loop", description = "Emits "
            + "TakeHomeAssigned; the deadline is now + the stage's allowanceHours.")
    @ApiResponse(responseCode = "201", description = "Assigned; Location and ETag headers set")
    @ApiResponse(responseCode = "409", description = "The stage has a take-home already, or the loop is not open")
    ResponseEntity<TakeHomeResponse> assign(Caller caller, @Valid @RequestBody TakeHomeRequests.Assign request) {
        TakeHome takeHome = takeHomes.assign(caller, request.loopId(), request.stageKey(), request.exerciseRef(),
                request.reviewerIds());
        return ETags.created("/api/v1/take-homes/" + takeHome.id(), takeHome.version(),
                TakeHomeResponse.of(takeHome));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a take-home")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such take-home in the caller's teams")
    ResponseEntity<TakeHomeResponse> get(Caller caller, @PathVariable String id) {
        TakeHome takeHome = takeHomes.get(caller, id);
        return ETags.ok(takeHome.version(), TakeHomeResponse.of(takeHome));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "The take-homes of a loop, oldest first, cursor-paginated")
    Page<TakeHomeResponse> ofLoop(Caller caller, @RequestParam @Size(max = 64) String loopId,
                                  @RequestParam(required = false) @Size(max = 200) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        return Page.within(takeHomes.ofLoop(caller, loopId), cursor, Cursors.limit(limit), TakeHome::id,
                TakeHomeResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/submission")
    @Operation(summary = "Record the candidate's submission (an https URL) before the deadline",
            description = "Emits TakeHomeSubmitted.")
    @ApiResponse(responseCode = "200", description = "Done; new ETag")
    @ApiResponse(responseCode = "409", description = "Not ASSIGNED, or the deadline passed")
    ResponseEntity<TakeHomeResponse> submit(Caller caller, @PathVariable String id,
                                            @Valid @RequestBody TakeHomeRequests.Submission request) {
        TakeHome takeHome = takeHomes.submit(caller, id, request.submissionRef());
        return ETags.ok(takeHome.version(), TakeHomeResponse.of(takeHome));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/extension")
    @Operation(summary = "Extend the deadline, with a reason", description = "Emits TakeHomeDeadlineExtended. At most "
            + "30 days after assignment.")
    @ApiResponse(responseCode = "200", description = "Done; new ETag")
    @ApiResponse(responseCode = "409", description = "Not ASSIGNED")
    ResponseEntity<TakeHomeResponse> extend(Caller caller, @PathVariable String id,
                                            @Valid @RequestBody TakeHomeRequests.Extension request) {
        TakeHome takeHome = takeHomes.extend(caller, id, request.deadline(), request.reason());
        return ETags.ok(takeHome.version(), TakeHomeResponse.of(takeHome));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/review")
    @Operation(summary = "Close the review on the reviewers' submitted scorecards", description = "Emits "
            + "TakeHomeReviewed. Needs the stage's minimum of submitted scorecards (at least one).")
    @ApiResponse(responseCode = "200", description = "Done; new ETag")
    @ApiResponse(responseCode = "409", description = "Not SUBMITTED, or too few submitted scorecards")
    ResponseEntity<TakeHomeResponse> review(Caller caller, @PathVariable String id) {
        TakeHome takeHome = takeHomes.review(caller, id);
        return ETags.ok(takeHome.version(), TakeHomeResponse.of(takeHome));
    }
}
