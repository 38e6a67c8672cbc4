package io.headcount.candidate.candidate.web;

import io.headcount.events.SourceChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Source a new person into an open requisition")
record SourceCandidateRequest(
        @Schema(example = "0193f1c2a4b1e3f4a5b6c7d8e9") @NotBlank @Size(max = 64) String requisitionId,
        @Schema(example = "REFERRAL") @NotNull SourceChannel sourceChannel,
        @Valid @NotNull ProfileRequest profile) {
}
