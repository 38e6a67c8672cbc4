package io.headcount.candidate.search.infrastructure;

import io.headcount.candidate.search.model.SearchWords;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a term's words into a regular expression over the lower-cased search fields: the words in order, separated
 * by non-word characters (never a line break, which separates the fields of the combined text), with a word
 * boundary on both ends. Both real MongoDB (PCRE) and the embedded store (java.util.regex) run it.
 */
final class SearchPatterns {

    static final String FIELD_SEPARATOR = "\n";
    private static final String NON_WORD = "[^" + SearchWords.WORD_CHARS + "]";
    private static final String GAP = "[^" + SearchWords.WORD_CHARS + "\\n]+";

    private SearchPatterns() {
    }

    static Pattern of(List<String> words) {
        StringBuilder regex = new StringBuilder("(^|").append(NON_WORD).append(')');
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                regex.append(GAP);
            }
            regex.append(words.get(i).replace("+", "\\+"));
        }
        regex.append('(').append(NON_WORD).append("|$)");
        return Pattern.compile(regex.toString());
    }
}
