package io.headcount.plumbing.web;

import io.headcount.events.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Money in a request: a decimal string (never a float) and an ISO 4217 code. */
@Schema(description = "An amount of money")
public record MoneyRequest(
        @Schema(example = "140000.00") @NotBlank
        @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?", message = "must be a decimal string like 140000.00")
        String amount,
        @Schema(example = "USD") @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like USD")
        String currency) {

    public Money toMoney() {
        return new Money(new java.math.BigDecimal(amount).setScale(2).toPlainString(), currency);
    }
}
