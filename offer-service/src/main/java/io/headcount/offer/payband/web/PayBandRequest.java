package io.headcount.offer.payband.web;

import io.headcount.offer.payband.model.BandFigures;
import io.headcount.offer.payband.model.BandKey;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

@Schema(description = "A pay band: base salary min ≤ mid ≤ max as decimal strings in the band's currency")
record PayBandRequest(
        @Schema(description = "team of a new band; defaults to the caller's only team") @Size(max = 64) String teamId,
        @Schema(example = "L5", description = "new bands only") @Size(max = 2) String level,
        @Schema(example = "EU-DE", description = "new bands only") @Size(max = 12) String zone,
        @Schema(example = "EUR", description = "new bands only") @Size(max = 3) String currency,
        @Schema(example = "70000.00") @NotNull @Pattern(regexp = DECIMAL, message = MESSAGE) String min,
        @Schema(example = "80000.00") @NotNull @Pattern(regexp = DECIMAL, message = MESSAGE) String mid,
        @Schema(example = "90000.00") @NotNull @Pattern(regexp = DECIMAL, message = MESSAGE) String max,
        @Schema(example = "10") @Pattern(regexp = DECIMAL, message = MESSAGE) String targetBonusPercent,
        @Schema(example = "4000", description = "most equity units within the band") Long equityMaxUnits,
        @Schema(example = "15000.00", description = "largest sign-on bonus within the band")
        @Pattern(regexp = DECIMAL, message = MESSAGE) String signOnMax,
        @Schema(example = "2026 salary survey, Berlin backend") @Size(max = 500) String source) {

    static final String DECIMAL = "\\d{1,9}(\\.\\d{1,2})?";
    static final String MESSAGE = "must be a decimal string such as \"95000.00\"";

    BandKey toKey() {
        return new BandKey(level, zone, currency);
    }

    BandFigures toFigures() {
        return new BandFigures(new BigDecimal(min), new BigDecimal(mid), new BigDecimal(max), decimal(targetBonusPercent),
                equityMaxUnits, decimal(signOnMax), source);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
