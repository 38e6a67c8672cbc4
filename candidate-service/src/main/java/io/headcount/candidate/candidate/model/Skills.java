package io.headcount.candidate.candidate.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Skills are compared as recruiters think of them: {@code Java}, {@code java } and {@code JAVA} are one skill. */
public final class Skills {

    private Skills() {
    }

    public static String normalize(String skill) {
        return skill.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Normalised, blanks dropped, duplicates removed, first-seen order kept. */
    public static List<String> normalize(Collection<String> skills) {
        if (skills == null) {
            return List.of();
        }
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        for (String skill : skills) {
            if (skill != null && !skill.isBlank()) {
                normalized.add(normalize(skill));
            }
        }
        return List.copyOf(normalized);
    }
}
