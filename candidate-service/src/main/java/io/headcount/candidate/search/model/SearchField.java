package io.headcount.candidate.search.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields a term can be restricted to with a qualifier, e.g. {@code title:"staff engineer"}. */
public enum SearchField {
    TITLE("title"), SKILL("skill"), COMPANY("company"), LOCATION("location");

    private final String qualifier;

    SearchField(String qualifier) {
        this.qualifier = qualifier;
    }

    public String qualifier() {
        return qualifier;
    }

    public static Optional<SearchField> ofQualifier(String qualifier) {
        return Arrays.stream(values()).filter(f -> f.qualifier.equals(qualifier.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static String qualifiers() {
        return Arrays.stream(values()).map(f -> f.qualifier + ":").collect(Collectors.joining(", "));
    }
}
