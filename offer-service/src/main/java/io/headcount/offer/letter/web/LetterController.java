package io.headcount.offer.letter.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.offer.letter.application.OfferLetterService;
import io.headcount.plumbing.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Offers")
class LetterController {

    private final OfferLetterService letters;

    LetterController(OfferLetterService letters) {
        this.letters = letters;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping(value = "/api/v1/offers/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The offer letter of the current version, as a PDF", description = "Base, bonus, equity "
            + "with vesting, sign-on, benefits, perks, start date and expiry, from the team's template "
            + "(headcount.offers.letter-template) or Headcount's default.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "No such offer in the caller's teams, or its terms were erased")
    ResponseEntity<byte[]> letter(Caller caller, @PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"offer-" + id + ".pdf\"")
                .body(letters.letter(caller, id));
    }
}
