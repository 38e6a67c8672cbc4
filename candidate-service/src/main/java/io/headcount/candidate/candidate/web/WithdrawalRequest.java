package io.headcount.candidate.candidate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record WithdrawalRequest(@NotBlank @Size(max = 64) String requisitionId, @Size(max = 500) String reason) {
}
