package io.headcount.interview.loop.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/interview-loops")
@Tag(name = "Interview loops", description = "One loop per candidate and requisition, opened when the candidate is "
        + "sourced, with a copy of the requisition's interview plan; its stages are decided in order")
class LoopController {

    private final LoopService loops;

    LoopController(LoopService loops) {
        this.loops = loops;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "List the loops of the caller's teams, by candidate or requisition, cursor-paginated")
    Page<LoopResponse> list(Caller caller, @RequestParam(required = false) String candidateId,
                            @RequestParam(required = false) String requisitionId,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(loops.list(caller, candidateId, requisitionId, Cursors.decodeId(cursor), pageSize), pageSize,
                InterviewLoop::id, LoopResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a loop with its decided stages and current stage")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such loop in the caller's teams")
    ResponseEntity<LoopResponse> get(Caller caller, @PathVariable String id) {
        InterviewLoop loop = loops.get(caller, id);
        return ETags.ok(loop.version(), LoopResponse.of(loop));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/decisions")
    @Operation(summary = "Decide the current stage", description = "ADVANCE emits ScreenPassed (and "
            + "InterviewLoopCompleted after the last stage); REJECT emits ScreenFailed and ends the loop. Who decides: "
            + "RECRUITER_SCREEN a RECRUITER or the requisition's hiring manager; HIRING_MANAGER_SCREEN the hiring "
            + "manager or a TEAM_ADMIN; TECHNICAL the hiring manager; EXECUTIVE_SCREEN an APPROVER or a TEAM_ADMIN. "
            + "The result lists the stage's submitted scorecards; the plan's minimum of them is required.")
    @ApiResponse(responseCode = "200", description = "Decided")
    @ApiResponse(responseCode = "400", description = "Not the loop's current stage")
    @ApiResponse(responseCode = "403", description = "The caller may not decide this kind of stage; the problem says "
            + "who may")
    @ApiResponse(responseCode = "404", description = "No such loop in the caller's teams")
    @ApiResponse(responseCode = "409", description = "The loop is no longer open, or the stage lacks submitted "
            + "scorecards")
    ResponseEntity<LoopResponse> decide(Caller caller, @PathVariable String id,
                                        @Valid @RequestBody DecisionRequest request) {
        InterviewLoop loop = loops.decide(caller, id, request.stage(), request.decision(), request.reason());
        return ETags.ok(loop.version(), LoopResponse.of(loop));
    }
}
