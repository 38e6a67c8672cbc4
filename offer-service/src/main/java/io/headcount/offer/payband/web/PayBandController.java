package io.headcount.offer.payband.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.events.Money;
import io.headcount.offer.payband.application.PayBandService;
import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.MoneyRequest;
import io.headcount.plumbing.web.Page;
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

import java.math.BigDecimal;

@RestController
@RequestMapping("/api/v1/pay-bands")
@Tag(name = "Pay bands", description = "Base salary bands per level, zone and currency; a new team starts with a "
        + "sample set from the hiring guide's figures. Edit: TEAM_ADMIN, APPROVER")
class PayBandController {

    private final PayBandService bands;

    PayBandController(PayBandService bands) {
        this.bands = bands;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "List the team's bands, optionally of one level or zone, cursor-paginated")
    Page<PayBandResponse> list(Caller caller, @RequestParam(required = false) @Size(max = 2) String level,
                               @RequestParam(required = false) @Size(max = 12) String zone,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(bands.list(caller, level, zone, Cursors.decodeId(cursor), pageSize), pageSize, PayBand::id,
                PayBandResponse::of);
    }

    @Allowed({Role.APPROVER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Add a band for a level, zone and currency")
    @ApiResponse(responseCode = "201", description = "Added; Location and ETag headers set")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule, e.g. min above mid, unknown currency")
    @ApiResponse(responseCode = "409", description = "The team has a band for that level, zone and currency")
    ResponseEntity<PayBandResponse> create(Caller caller, @Valid @RequestBody PayBandRequest request) {
        PayBand band = bands.create(caller, request.teamId(), request.toKey(), request.toFigures());
        return ETags.created("/api/v1/pay-bands/" + band.id(), band.version(), PayBandResponse.of(band));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a band with the history of its figures")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such band in the caller's teams")
    ResponseEntity<PayBandResponse> get(Caller caller, @PathVariable String id) {
        PayBand band = bands.get(caller, id);
        return ETags.ok(band.version(), PayBandResponse.of(band));
    }

    @Allowed({Role.APPROVER, Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Change a band's figures (level, zone and currency stay)", description = "Needs If-Match; "
            + "the previous figures stay in the history.")
    @ApiResponse(responseCode = "200", description = "Changed; new ETag")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<PayBandResponse> revise(Caller caller, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody PayBandRequest request) {
        PayBand band = bands.revise(caller, id, ETags.expectedVersion(ifMatch, "pay band", id), request.toFigures());
        return ETags.ok(band.version(), PayBandResponse.of(band));
    }

    @Allowed({Role.APPROVER, Role.TEAM_ADMIN})
    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a band", description = "Needs If-Match. Offers keep their terms; their alignment "
            + "shows no band from then on.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such band in the caller's teams")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        bands.delete(caller, id, ETags.expectedVersion(ifMatch, "pay band", id));
        return ResponseEntity.noContent().build();
    }

    @Schema(description = "A candidate's expectation to compare with a requisition's band")
    record AlignmentRequest(@Schema(example = "0192f4c1a2b3c4d5e6f708192a3b4c5d") @NotBlank @Size(max = 64)
                            String requisitionId,
                            @Schema(description = "the candidate's expected base salary") @NotNull @Valid
                            MoneyRequest expectation) {
    }

    record AlignmentResponse(String requisitionId, String bandId, String level, String zone, String currency,
                             String min, String mid, String max, Money expectation, String position,
                             BigDecimal compaRatio) {
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/alignment")
    @Operation(summary = "Compensation alignment: where an expectation sits in the requisition's band",
            description = "BELOW, WITHIN or ABOVE the band, and the compa-ratio (expectation / midpoint). The band is "
                    + "the requisition's level and zone in the expectation's currency.")
    @ApiResponse(responseCode = "200", description = "Compared")
    @ApiResponse(responseCode = "404", description = "Unknown requisition, or no band for its level and zone")
    @ApiResponse(responseCode = "422", description = "The zone's bands are in another currency: no silent "
            + "conversion")
    AlignmentResponse align(Caller caller, @Valid @RequestBody AlignmentRequest request) {
        io.headcount.offer.money.Money expectation;
        try {
            expectation = io.headcount.offer.money.Money.of(request.expectation().toMoney());
        } catch (IllegalArgumentException unknownCurrency) {
            throw new io.headcount.plumbing.domain.InvalidFieldException("expectation.currency",
                    "is not an ISO 4217 currency");
        }
        var result = bands.align(caller, request.requisitionId(), expectation);
        PayBand band = result.band();
        return new AlignmentResponse(request.requisitionId(), band.id(), band.key().level(), band.key().zone(),
                band.key().currency(), band.figures().min().toPlainString(), band.figures().mid().toPlainString(),
                band.figures().max().toPlainString(), request.expectation().toMoney(),
                result.alignment().position().name(), result.alignment().compaRatio());
    }

    record RulesBody(@Schema(description = "whether offers within the band need an APPROVER (default true); "
            + "outside the band an APPROVER and a TEAM_ADMIN always approve") @NotNull Boolean approvalWithinBand) {
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/approval-rules")
    @Operation(summary = "The team's approval rules")
    ResponseEntity<RulesBody> rules(Caller caller) {
        ApprovalRules rules = bands.rules(caller);
        return ETags.ok(rules.version(), new RulesBody(rules.approvalWithinBand()));
    }

    @Allowed({Role.TEAM_ADMIN})
    @PutMapping("/approval-rules")
    @Operation(summary = "Change the team's approval rules", description = "Needs If-Match (\"0\" before the first "
            + "change). Role: TEAM_ADMIN.")
    @ApiResponse(responseCode = "200", description = "Changed; new ETag")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    ResponseEntity<RulesBody> replaceRules(Caller caller,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody RulesBody body) {
        ApprovalRules rules = bands.replaceRules(caller, ETags.expectedVersion(ifMatch, "approval rules", "team"),
                body.approvalWithinBand());
        return ETags.ok(rules.version(), new RulesBody(rules.approvalWithinBand()));
    }
}
