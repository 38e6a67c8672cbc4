package io.headcount.offer.payband.model;

import io.headcount.events.WorkMode;

import java.util.Locale;
import java.util.Set;

/**
 * Maps a requisition's location to the zone of its pay band: the two-letter country code after the last comma
 * ("Berlin, DE" → DE, EU members → EU-DE), and for fully remote roles REMOTE-&lt;country&gt;; a remote role without
 * a country ("Remote") is REMOTE-US, the guide's market; anything else without a country is REMOTE.
 */
public final class Zones {

    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Zones() {
    }

    public static String of(String location, WorkMode workMode) {
        String country = countryOf(location);
        if (workMode == WorkMode.REMOTE) {
            return country == null ? "REMOTE-US" : "REMOTE-" + country;
        }
        if (country == null) {
            return "REMOTE";
        }
        return EU.contains(country) ? "EU-" + country : country;
    }

    private static String countryOf(String location) {
        if (location == null || !location.contains(",")) {
            return null;
        }
        String last = location.substring(location.lastIndexOf(',') + 1).trim().toUpperCase(Locale.ROOT);
        return last.matches("[A-Z]{2}") ? last : null;
    }
}
