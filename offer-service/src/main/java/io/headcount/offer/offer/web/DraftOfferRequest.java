package io.headcount.offer.offer.web;

import io.headcount.events.WorkMode;
import io.headcount.offer.offer.model.Compensation;
import io.headcount.offer.offer.model.OfferTerms;
import io.headcount.plumbing.web.MoneyRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "A first offer for a candidate whose interview loop for the requisition completed")
record DraftOfferRequest(
        @Schema(example = "team-a") @Size(max = 64) String teamId,
        @NotBlank @Size(max = 64) String candidateId,
        @NotBlank @Size(max = 64) String requisitionId,
        @Valid @NotNull CompensationRequest compensation,
        @Schema(example = "HYBRID") @NotNull WorkMode workMode,
        @Schema(example = "2027-02-01") @NotNull LocalDate startDate,
        @Schema(example = "2026-12-15T17:00:00Z", description = "when the extended offer lapses") Instant expiresAt) {

    private static final String PERCENT = "\\d{1,2}(\\.\\d{1,2})?|100";

    OfferTerms toTerms() {
        return new OfferTerms(compensation.toCompensation(), workMode, startDate, expiresAt);
    }

    record CompensationRequest(
            @Valid @NotNull MoneyRequest baseSalary,
            @Schema(example = "15") @Pattern(regexp = PERCENT, message = "must be a percentage like 15 or 12.5")
            String bonusTargetPercent,
            @Valid EquityRequest equity,
            @Valid MoneyRequest signOnBonus,
            @Valid BenefitsRequest benefits,
            @Valid PerksRequest perks) {

        Compensation toCompensation() {
            return new Compensation(baseSalary.toMoney(), bonusTargetPercent,
                    equity == null ? null : new Compensation.Equity(equity.grantType(), equity.units(),
                            equity.vestingMonths(), equity.cliffMonths()),
                    signOnBonus == null ? null : signOnBonus.toMoney(),
                    benefits == null ? null : new Compensation.Benefits(benefits.retirementMatchPercent(),
                            benefits.healthcare(), benefits.dental(), benefits.vision()),
                    perks == null ? null : new Compensation.Perks(perks.parentalLeaveWeeks(),
                            perks.trainingBudget() == null ? null : perks.trainingBudget().toMoney(),
                            perks.commuterBenefit(), perks.relocation() == null ? null : perks.relocation().toMoney()));
        }
    }

    record EquityRequest(@Schema(example = "RSU") @NotNull @Pattern(regexp = "RSU|OPTIONS") String grantType,
                         @Schema(example = "4000") @Min(1) long units,
                         @Schema(example = "48") @Min(1) @Max(120) int vestingMonths,
                         @Schema(example = "12") @Min(0) @Max(60) int cliffMonths) {
    }

    record BenefitsRequest(@Schema(example = "4") @Pattern(regexp = PERCENT) String retirementMatchPercent,
                           boolean healthcare, boolean dental, boolean vision) {
    }

    record PerksRequest(@Schema(example = "16") @Min(0) @Max(104) Integer parentalLeaveWeeks,
                        @Valid MoneyRequest trainingBudget, boolean commuterBenefit, @Valid MoneyRequest relocation) {
    }
}
