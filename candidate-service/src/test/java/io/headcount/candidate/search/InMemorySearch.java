package io.headcount.candidate.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An independent reference for what a boolean query means, written without the production parser or regexes: a
 * small hand-written recursive evaluator over word lists. Words: runs of [a-z0-9+#], case-insensitive; a phrase is
 * consecutive words within one field; an unqualified term may match the name, title, company, location or a skill.
 */
final class InMemorySearch {

    private final List<String> tokens;
    private int next;

    private InMemorySearch(String query) {
        this.tokens = tokenize(query);
    }

    /** Compiles the query into a predicate over a candidate's profile. */
    static Predicate<Map<String, Object>> compile(String query) {
        InMemorySearch search = new InMemorySearch(query);
        if (search.tokens.isEmpty()) {
            return profile -> true;
        }
        Predicate<Map<String, Object>> predicate = search.or();
        if (search.next != search.tokens.size()) {
            throw new IllegalArgumentException("reference evaluator could not read " + query);
        }
        return predicate;
    }

    private Predicate<Map<String, Object>> or() {
        Predicate<Map<String, Object>> result = and();
        while (next < tokens.size() && tokens.get(next).equals("OR")) {
            next++;
            result = result.or(and());
        }
        return result;
    }

    private Predicate<Map<String, Object>> and() {
        Predicate<Map<String, Object>> result = not();
        while (next < tokens.size() && !tokens.get(next).equals("OR") && !tokens.get(next).equals(")")) {
            if (tokens.get(next).equals("AND")) {
                next++;
            }
            result = result.and(not());
        }
        return result;
    }

    private Predicate<Map<String, Object>> not() {
        if (tokens.get(next).equals("NOT")) {
            next++;
            return not().negate();
        }
        if (tokens.get(next).equals("(")) {
            next++;
            Predicate<Map<String, Object>> inner = or();
            next++; // ")"
            return inner;
        }
        return term(tokens.get(next++));
    }

    private static Predicate<Map<String, Object>> term(String token) {
        String field = null;
        String text = token;
        int colon = token.indexOf(':');
        if (colon > 0 && !token.startsWith("\"")) {
            field = token.substring(0, colon).toLowerCase(Locale.ROOT);
            text = token.substring(colon + 1);
        }
        List<String> phrase = words(text.replace("\"", ""));
        String qualifier = field;
        return profile -> fieldsOf(profile, qualifier).stream().anyMatch(value -> containsRun(words(value), phrase));
    }

    private static List<String> fieldsOf(Map<String, Object> profile, String qualifier) {
        List<String> values = new ArrayList<>();
        if (qualifier == null || qualifier.equals("title")) {
            add(values, profile.get("currentTitle"));
        }
        if (qualifier == null || qualifier.equals("company")) {
            add(values, profile.get("currentCompany"));
        }
        if (qualifier == null || qualifier.equals("location")) {
            add(values, profile.get("location"));
        }
        if (qualifier == null || qualifier.equals("skill")) {
            ((List<?>) profile.getOrDefault("skills", List.of())).forEach(skill -> add(values, skill));
        }
        if (qualifier == null) {
            add(values, profile.get("fullName"));
        }
        return values;
    }

    private static void add(List<String> values, Object value) {
        if (value != null) {
            values.add(value.toString());
        }
    }

    private static boolean containsRun(List<String> haystack, List<String> needle) {
        for (int start = 0; start + needle.size() <= haystack.size(); start++) {
            if (haystack.subList(start, start + needle.size()).equals(needle)) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#';
            if (wordChar) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Splits on spaces and parentheses, keeping quoted phrases (with an optional qualifier) whole. */
    private static List<String> tokenize(String query) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                boolean quoted = false;
                while (i < query.length() && (quoted || !(Character.isWhitespace(query.charAt(i))
                        || query.charAt(i) == '(' || query.charAt(i) == ')'))) {
                    if (query.charAt(i) == '"') {
                        quoted = !quoted;
                    }
                    i++;
                }
                tokens.add(query.substring(start, i));
            }
        }
        return Arrays.asList(tokens.toArray(String[]::new));
    }
}
