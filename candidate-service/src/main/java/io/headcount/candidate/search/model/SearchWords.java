package io.headcount.candidate.search.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What counts as a word when matching: letters, digits, {@code +} and {@code #} (so {@code C++} and {@code C#}
 * stay themselves), compared case-insensitively. A phrase matches consecutive words in one field.
 */
public final class SearchWords {

    /** Characters that belong to a word; everything else separates words. */
    public static final String WORD_CHARS = "a-z0-9+#";

    private SearchWords() {
    }

    public static List<String> of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^" + WORD_CHARS + "]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
