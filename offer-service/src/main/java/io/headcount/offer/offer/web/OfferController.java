package io.headcount.offer.offer.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.offer.offer.application.OfferService;
import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.http.HttpHeaders;
import io.headcount.offer.offer.model.OfferVersion;
import io.headcount.offer.offer.model.TermsDiff;
import java.util.List;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/offers")
@Tag(name = "Offers", description = "Structured, versioned offers: DRAFT → EXTENDED → ACCEPTED | DECLINED | "
        + "EXPIRED | RESCINDED")
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Draft an offer", description = "Only for a candidate whose interview loop for the "
            + "requisition completed (learned from InterviewLoopCompleted). Emits OfferDrafted. One open offer per "
            + "candidacy. Send Idempotency-Key to retry safely.")
    @ApiResponse(responseCode = "201", description = "Drafted; Location and ETag set")
    @ApiResponse(responseCode = "409", description = "Loop not completed, candidate withdrew or was erased, or an "
            + "open offer exists (body.existing links to it). Loop completion reaches offer-service as an event, "
            + "milliseconds after the last stage is decided: while it has not arrived the 409 carries "
            + "`Retry-After: 2` (and `retryAfterSeconds`) — ask again then; without it, asking again will not help.",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Retry-After",
                    description = "seconds: when the loop's completion may have arrived",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")))
    ResponseEntity<OfferResponse> draft(Caller caller, @Valid @RequestBody DraftOfferRequest request,
                                        @Parameter(description = "makes a retried POST return the first result")
                                        @RequestHeader(name = "Idempotency-Key", required = false)
                                        String idempotencyKey) {
        Offer offer = offers.draft(caller, request.teamId(), request.candidateId(), request.requisitionId(),
                request.toTerms());
        return ETags.created("/api/v1/offers/" + offer.id(), offer.version(), response(offer));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get an offer with all its versions")
    @ApiResponse(responseCode = "200", description = "Found; ETag set")
    @ApiResponse(responseCode = "404", description = "No such offer in the caller's teams")
    ResponseEntity<OfferResponse> get(Caller caller, @PathVariable String id) {
        Offer offer = offers.get(caller, id);
        return ETags.ok(offer.version(), response(offer));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "List the offers of the caller's teams, optionally of one candidate, cursor-paginated")
    Page<OfferResponse> list(Caller caller, @RequestParam(required = false) String candidateId,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(offers.list(caller, candidateId, Cursors.decodeId(cursor), pageSize), pageSize, Offer::id,
                this::response);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/extend")
    @Operation(summary = "Extend the offer to the candidate", description = "Emits OfferExtended.")
    @ApiResponse(responseCode = "200", description = "Extended")
    @ApiResponse(responseCode = "409", description = "Not a draft or approved offer")
    ResponseEntity<OfferResponse> extend(Caller caller, @PathVariable String id) {
        return answer(offers.extend(caller, id));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/accept")
    @Operation(summary = "Record the candidate's acceptance", description = "Emits OfferAccepted: the candidate is "
            + "hired.")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "409", description = "Not extended, or expired")
    ResponseEntity<OfferResponse> accept(Caller caller, @PathVariable String id) {
        return answer(offers.accept(caller, id));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/decline")
    @Operation(summary = "Record the candidate's refusal", description = "Emits OfferDeclined.")
    @ApiResponse(responseCode = "200", description = "Declined")
    @ApiResponse(responseCode = "409", description = "Not extended")
    ResponseEntity<OfferResponse> decline(Caller caller, @PathVariable String id,
                                          @Valid @RequestBody(required = false) ReasonRequest request) {
        return answer(offers.decline(caller, id, request == null ? null : request.reason()));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/rescind")
    @Operation(summary = "Withdraw the offer", description = "Emits OfferRescinded; a decided offer is left as is.")
    ResponseEntity<OfferResponse> rescind(Caller caller, @PathVariable String id,
                                          @Valid @RequestBody(required = false) ReasonRequest request) {
        return answer(offers.rescind(caller, id, request == null ? null : request.reason()));
    }

    private ResponseEntity<OfferResponse> answer(Offer offer) {
        return ETags.ok(offer.version(), response(offer));
    }

    private OfferResponse response(Offer offer) {
        return OfferResponse.of(offer, offers.alignmentOf(offer));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Revise the terms: a new version n+1", description = "Needs If-Match. For draft, pending "
            + "and approved offers; a change to money sends the offer back to DRAFT (approvals start again). Emits "
            + "OfferRevised. An extended offer is not revised: rescind it and draft anew.")
    @ApiResponse(responseCode = "200", description = "Revised; new ETag")
    @ApiResponse(responseCode = "409", description = "The offer is extended or decided")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<OfferResponse> revise(Caller caller, @PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody TermsRequest request) {
        return answer(offers.revise(caller, id, ETags.expectedVersion(ifMatch, "offer", id), request.toTerms()));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval", description = "Computes the approval chain from the "
            + "requisition's pay band and the team's rules: within the band one APPROVER; above the band's max (or "
            + "equity/sign-on above its limits, or no band) an APPROVER then a TEAM_ADMIN. Emits "
            + "OfferApprovalRequested (or OfferApproved at once when the rules need no approval).")
    @ApiResponse(responseCode = "200", description = "Pending approval (or approved)")
    @ApiResponse(responseCode = "409", description = "Not a draft")
    ResponseEntity<OfferResponse> submit(Caller caller, @PathVariable String id) {
        return answer(offers.submit(caller, id));
    }

    @Allowed({Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the next step of the chain", description = "Approvers act once, in order; the "
            + "person who submitted cannot approve. The last approval emits OfferApproved, an earlier one "
            + "OfferApprovalRequested for the next role. Each step needs the role the chain names for it.")
    @ApiResponse(responseCode = "200", description = "Approved this step")
    @ApiResponse(responseCode = "403", description = "Not the next step's role, or the caller's own submission")
    @ApiResponse(responseCode = "409", description = "Not pending approval, or the caller approved already")
    ResponseEntity<OfferResponse> approve(Caller caller, @PathVariable String id) {
        return answer(offers.approve(caller, id));
    }

    @Allowed({Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/reject")
    @Operation(summary = "Refuse the next step of the chain", description = "The offer becomes a draft again; "
            + "emits OfferApprovalRejected (the reason stays here).")
    @ApiResponse(responseCode = "200", description = "Rejected: a draft again")
    @ApiResponse(responseCode = "403", description = "Not the next step's role, or the caller's own submission")
    @ApiResponse(responseCode = "409", description = "Not pending approval")
    ResponseEntity<OfferResponse> reject(Caller caller, @PathVariable String id,
                                         @Valid @RequestBody(required = false) ReasonRequest request) {
        return answer(offers.reject(caller, id, request == null ? null : request.reason()));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of an offer's terms, oldest first")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "No such offer in the caller's teams")
    List<OfferVersion> versions(Caller caller, @PathVariable String id) {
        return offers.get(caller, id).versions();
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "What changed between two versions: each changed field with its old and new value")
    @ApiResponse(responseCode = "200", description = "The changed fields, by dotted path")
    @ApiResponse(responseCode = "404", description = "No such offer or version (or its terms were erased)")
    List<TermsDiff.Change> diff(Caller caller, @PathVariable String id, @PathVariable int from,
                                @PathVariable int to) {
        return offers.diff(caller, id, from, to);
    }

    record ReasonRequest(@Size(max = 500) String reason) {
    }
}
