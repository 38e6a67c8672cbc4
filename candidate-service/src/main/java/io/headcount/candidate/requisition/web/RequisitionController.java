package io.headcount.candidate.requisition.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.candidate.requisition.application.RequisitionService;
import io.headcount.candidate.requisition.model.Requisition;
import io.headcount.candidate.requisition.model.RequisitionStatus;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
@RequestMapping("/api/v1/requisitions")
@Tag(name = "Requisitions", description = "Roles a team is hiring for")
class RequisitionController {

    private final RequisitionService requisitions;

    RequisitionController(RequisitionService requisitions) {
        this.requisitions = requisitions;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Open a requisition", description = "Emits RequisitionOpened. Send Idempotency-Key to retry "
            + "safely.")
    @ApiResponse(responseCode = "201", description = "Opened; Location and ETag headers set")
    ResponseEntity<RequisitionResponse> open(Caller caller, @Valid @RequestBody RequisitionRequest request,
                                             @Parameter(description = "makes a retried POST return the first result")
                                             @RequestHeader(name = "Idempotency-Key", required = false)
                                             String idempotencyKey) {
        Requisition opened = requisitions.open(caller, request.teamId(), request.toDetails());
        return ETags.created("/api/v1/requisitions/" + opened.id(), opened.version(),
                RequisitionResponse.of(opened));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a requisition of one of the caller's teams")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    ResponseEntity<RequisitionResponse> get(Caller caller, @PathVariable String id) {
        Requisition requisition = requisitions.get(caller, id);
        return ETags.ok(requisition.version(), RequisitionResponse.of(requisition));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "List the requisitions of the caller's teams, oldest first, cursor-paginated")
    Page<RequisitionResponse> list(Caller caller, @RequestParam(required = false) RequisitionStatus status,
                                   @RequestParam(required = false) @Size(max = 200) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(requisitions.list(caller, status, Cursors.decodeId(cursor), pageSize), pageSize,
                Requisition::id, RequisitionResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Revise an open requisition", description = "Needs If-Match with the ETag you read.")
    @ApiResponse(responseCode = "200", description = "Revised; new ETag")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    @ApiResponse(responseCode = "409", description = "The requisition is closed")
    @ApiResponse(responseCode = "412", description = "Stale If-Match: someone changed it since you read it")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<RequisitionResponse> revise(Caller caller, @PathVariable String id,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @Valid @RequestBody RequisitionRequest request) {
        ExpectedVersion expected = ETags.expectedVersion(ifMatch, "requisition", id);
        Requisition revised = requisitions.revise(caller, id, expected, request.toDetails());
        return ETags.ok(revised.version(), RequisitionResponse.of(revised));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/close")
    @Operation(summary = "Close a requisition", description = "Emits RequisitionClosed. Needs If-Match.")
    @ApiResponse(responseCode = "200", description = "Closed (closing a closed requisition changes nothing)")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<RequisitionResponse> close(Caller caller, @PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @Valid @RequestBody(required = false) CloseRequest request) {
        ExpectedVersion expected = ETags.expectedVersion(ifMatch, "requisition", id);
        Requisition closed = requisitions.close(caller, id, expected, request == null ? null : request.reason());
        return ETags.ok(closed.version(), RequisitionResponse.of(closed));
    }

    record CloseRequest(@Size(max = 500) String reason) {
    }
}
