package io.headcount.events;

/** An amount of money as a decimal string (never floating point) and an ISO 4217 currency code. */
public record Money(String amount, String currency) {
}
