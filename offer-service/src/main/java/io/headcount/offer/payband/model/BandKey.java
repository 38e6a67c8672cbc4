package io.headcount.offer.payband.model;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.Currency;
import java.util.Set;
import java.util.regex.Pattern;

/** What a band is for: a level (L1–L9), a location zone (e.g. US, CA, EU-DE, REMOTE-US) and a currency. */
public record BandKey(String level, String zone, String currency) {

    private static final Pattern LEVEL = Pattern.compile("L[1-9]");
    private static final Pattern ZONE = Pattern.compile("(REMOTE-)?[A-Z]{2}|EU-[A-Z]{2}|REMOTE");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public void validate() {
        if (level == null || !LEVEL.matcher(level).matches()) {
            throw new InvalidFieldException("level", "must be a level from L1 to L9");
        }
        if (zone == null || !ZONE.matcher(zone).matches()) {
            throw new InvalidFieldException("zone", "must be a zone such as US, CA, EU-DE, REMOTE-US or REMOTE");
        }
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw new InvalidFieldException("currency", "must be an ISO 4217 code such as USD, EUR, CAD");
        }
    }

    /** One string a unique index can hold. */
    public String asString(String teamId) {
        return teamId + "|" + level + "|" + zone + "|" + currency;
    }
}
