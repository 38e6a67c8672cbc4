package io.headcount.interview.plan.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.plan.application.PlanService;
import io.headcount.interview.plan.model.InterviewPlan;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interview-plans")
@Tag(name = "Interview plans", description = "A requisition's ordered stages, kits and scorecard minimums; every "
        + "requisition starts with the hiring guide's plan")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{requisitionId}")
    @Operation(summary = "Get a requisition's interview plan and what interview-service knows of the requisition")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams (yet: the plan "
            + "appears once interview-service has read RequisitionOpened)")
    ResponseEntity<PlanResponse> get(Caller caller, @PathVariable String requisitionId) {
        InterviewPlan plan = plans.get(caller, requisitionId);
        return ETags.ok(plan.version(), PlanResponse.of(plan));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PutMapping("/{requisitionId}")
    @Operation(summary = "Replace the plan's stages", description = "Needs If-Match. Loops already open keep the "
            + "stages they started with; loops opened afterwards use the new ones.")
    @ApiResponse(responseCode = "200", description = "Replaced; new ETag")
    @ApiResponse(responseCode = "400", description = "A stage breaks a rule; the problem names the field, e.g. "
            + "stages[2].format")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<PlanResponse> replace(Caller caller, @PathVariable String requisitionId,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody PlanRequest request) {
        InterviewPlan plan = plans.replaceStages(caller, requisitionId,
                ETags.expectedVersion(ifMatch, "interview plan", requisitionId), request.toModel());
        return ETags.ok(plan.version(), PlanResponse.of(plan));
    }
}
