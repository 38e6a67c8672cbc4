package io.headcount.candidate.search.infrastructure;

import io.headcount.candidate.search.model.SearchWords;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a term's words into a regular expression over the lower-cased search fields: the words in order, separated
 * by non-word characters (never a line break, which separates the fields of the combined text), with a word
 * boundary on both ends. The pattern starts with the first word as a literal and checks the boundary before it
 * with a fixed-length lookbehind: regex engines then skip ahead to candidate positions (Boyer-Moore) instead of
 * trying an alternation at every character — about 5x faster on the embedded store. Both real MongoDB (PCRE) and
 * the embedded store (java.util.regex) support the lookarounds.
 */
final class SearchPatterns {

    private static final String WORD_CHAR = "[" + SearchWords.WORD_CHARS + "]";
    private static final String GAP = "[^" + SearchWords.WORD_CHARS + "\\n]+";

    private SearchPatterns() {
    }

    static Pattern of(List<String> words) {
        String first = literal(words.get(0));
        StringBuilder regex = new StringBuilder(first).append("(?<!").append(WORD_CHAR).append(first).append(')');
        for (String word : words.subList(1, words.size())) {
            regex.append(GAP).append(literal(word));
        }
        return Pattern.compile(regex.append("(?!").append(WORD_CHAR).append(')').toString());
    }

    private static String literal(String word) {
        return word.replace("+", "\\+");
    }
}
