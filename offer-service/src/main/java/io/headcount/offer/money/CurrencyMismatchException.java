package io.headcount.offer.money;

import java.util.Currency;

/** Two amounts in different currencies were compared: Headcount never converts silently (HTTP 422). */
public class CurrencyMismatchException extends io.headcount.plumbing.domain.UnprocessableException {

    public CurrencyMismatchException(Currency one, Currency other) {
        super("currency", "cannot compare " + one.getCurrencyCode() + " with " + other.getCurrencyCode()
                + ": Headcount does not convert currencies; use a pay band in " + one.getCurrencyCode());
    }
}
