package io.headcount.insights.funnel.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.insights.funnel.application.InsightsService;
import io.headcount.insights.funnel.model.FunnelReport;
import io.headcount.plumbing.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights", description = "Hiring funnel analytics built from the events alone")
class InsightsController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final InsightsService insights;

    InsightsController(InsightsService insights) {
        this.insights = insights;
    }

    record RequisitionItem(String requisitionId, String teamId, String title) {
    }

    record Requisitions(List<RequisitionItem> items) {
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/requisitions")
    @Operation(summary = "The requisitions of the caller's teams that insights know of")
    Requisitions requisitions(Caller caller) {
        return new Requisitions(insights.requisitions(caller).stream().map(summary -> new RequisitionItem(
                summary.requisitionId(), summary.teamId(), summary.title())).toList());
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/requisitions/{requisitionId}")
    @Operation(summary = "A requisition's funnel", description = "Per stage (plan order, then offer): reached, in "
            + "stage now, passed, pass-through rate, time in stage (median, p90 hours); hires, rejections, "
            + "withdrawals; time to hire; source of hire; offer acceptance rate; scorecard recommendation mix.")
    @ApiResponse(responseCode = "200", description = "Computed from the events received so far")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    InsightsService.RequisitionReport requisition(Caller caller, @PathVariable String requisitionId) {
        return insights.requisition(caller, requisitionId);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/requisitions/{requisitionId}/funnel.svg")
    @Operation(summary = "The requisition's funnel and time in stage, as an SVG chart")
    @ApiResponse(responseCode = "200", description = "An SVG image")
    @ApiResponse(responseCode = "404", description = "No such requisition in the caller's teams")
    ResponseEntity<String> funnelChart(Caller caller, @PathVariable String requisitionId) {
        InsightsService.RequisitionReport report = insights.requisition(caller, requisitionId);
        return ResponseEntity.ok().contentType(SVG).body(FunnelCharts.svg(report.title() == null
                ? requisitionId : report.title(), report.funnel()));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/teams/{teamId}")
    @Operation(summary = "A team's funnel across its requisitions")
    @ApiResponse(responseCode = "200", description = "Computed from the events received so far")
    @ApiResponse(responseCode = "403", description = "Not a member of the team")
    FunnelReport team(Caller caller, @PathVariable String teamId) {
        return insights.team(caller, teamId);
    }
}
