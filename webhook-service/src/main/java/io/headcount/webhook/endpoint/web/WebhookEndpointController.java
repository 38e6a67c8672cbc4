package io.headcount.webhook.endpoint.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.headcount.webhook.endpoint.application.WebhookEndpointService;
import io.headcount.webhook.endpoint.model.WebhookEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/v1/webhooks/endpoints")
@Tag(name = "Webhook endpoints", description = "HTTPS endpoints that receive the team's events, signed")
class WebhookEndpointController {

    private final WebhookEndpointService endpoints;

    WebhookEndpointController(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @Schema(description = "An endpoint to register")
    record RegisterRequest(@Schema(description = "the team whose events it receives (default: the caller's only "
            + "team)") @Size(max = 64) String teamId,
                           @Schema(example = "https://hris.example.com/headcount") @NotBlank @Size(max = 2000)
                           String url,
                           @Schema(description = "CloudEvents types to receive; empty or absent: all")
                           @Size(max = 100) List<@NotBlank @Size(max = 200) String> eventTypes,
                           @Size(max = 500) String description) {
    }

    @Schema(description = "An endpoint's new settings")
    record ReviseRequest(@NotBlank @Size(max = 2000) String url,
                         @Size(max = 100) List<@NotBlank @Size(max = 200) String> eventTypes,
                         @Schema(description = "false pauses deliveries (they wait); true resumes them")
                         @NotNull Boolean active,
                         @Size(max = 500) String description) {
    }

    @Schema(description = "An endpoint; the secret only in the answer to its registration")
    record EndpointResponse(String id, String teamId, String url, List<String> eventTypes, boolean active,
                            String description, Instant failingSince, String lastFailure, String disabledReason,
                            Instant createdAt, long version,
                            @Schema(description = "signs the deliveries (see docs/EVENTS.md); shown once")
                            String secret) {

        static EndpointResponse of(WebhookEndpoint endpoint) {
            return of(endpoint, null);
        }

        static EndpointResponse of(WebhookEndpoint endpoint, String secret) {
            return new EndpointResponse(endpoint.id(), endpoint.teamId(), endpoint.url(),
                    endpoint.eventTypes().stream().sorted().toList(), endpoint.active(), endpoint.description(),
                    endpoint.failingSince(), endpoint.lastFailure(), endpoint.disabledReason(), endpoint.createdAt(),
                    endpoint.version(), secret);
        }
    }

    @Allowed({Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Register an endpoint", description = "The URL must be https and resolve to public "
            + "addresses (loopback, link-local and private ones are refused unless the operator allow-listed them). "
            + "The answer holds the signing secret: store it, it is not shown again.")
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag headers set")
    @ApiResponse(responseCode = "400", description = "A refused URL or an unknown event type, naming the field")
    ResponseEntity<EndpointResponse> register(Caller caller, @Valid @RequestBody RegisterRequest request) {
        WebhookEndpoint endpoint = endpoints.register(caller, request.teamId(), request.url(), request.eventTypes(),
                request.description());
        return ETags.created("/api/v1/webhooks/endpoints/" + endpoint.id(), endpoint.version(),
                EndpointResponse.of(endpoint, endpoint.secret()));
    }

    @Allowed({Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "List the team's endpoints, cursor-paginated")
    Page<EndpointResponse> list(Caller caller, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(endpoints.list(caller, Cursors.decodeId(cursor), pageSize), pageSize, WebhookEndpoint::id,
                EndpointResponse::of);
    }

    @Allowed({Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get an endpoint (without its secret)")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such endpoint in the caller's teams")
    ResponseEntity<EndpointResponse> get(Caller caller, @PathVariable String id) {
        WebhookEndpoint endpoint = endpoints.get(caller, id);
        return ETags.ok(endpoint.version(), EndpointResponse.of(endpoint));
    }

    @Allowed({Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Change an endpoint's URL, event types or active flag", description = "Needs If-Match. "
            + "Turning a disabled endpoint on again resumes its waiting deliveries, oldest first.")
    @ApiResponse(responseCode = "200", description = "Changed; new ETag")
    @ApiResponse(responseCode = "404", description = "No such endpoint in the caller's teams")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<EndpointResponse> revise(Caller caller, @PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch, @Valid @RequestBody ReviseRequest request) {
        WebhookEndpoint endpoint = endpoints.revise(caller, id, ETags.expectedVersion(ifMatch, "webhook endpoint", id),
                request.url(), request.eventTypes(), request.active(), request.description());
        return ETags.ok(endpoint.version(), EndpointResponse.of(endpoint));
    }

    @Allowed({Role.TEAM_ADMIN})
    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an endpoint", description = "Needs If-Match. Nothing more is sent to it, and its "
            + "delivery log is removed with it. To pause deliveries instead, set `active` to false.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such endpoint in the caller's teams")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        endpoints.delete(caller, id, ETags.expectedVersion(ifMatch, "webhook endpoint", id));
        return ResponseEntity.noContent().build();
    }
}
