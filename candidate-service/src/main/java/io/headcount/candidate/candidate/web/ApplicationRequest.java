package io.headcount.candidate.candidate.web;

import io.headcount.events.SourceChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Source an existing candidate into one more requisition. */
record ApplicationRequest(@NotBlank @Size(max = 64) String requisitionId, @NotNull SourceChannel sourceChannel) {
}
