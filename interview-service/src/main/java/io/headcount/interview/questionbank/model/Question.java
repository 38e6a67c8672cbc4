package io.headcount.interview.questionbank.model;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question of a team's bank. Levels are the requisitions' L1–L9; a question suits {@code minLevel} to
 * {@code maxLevel}. Archived questions stay readable (kits that use them keep them) but are left out of searches
 * unless asked for.
 */
public record Question(String id, String teamId, QuestionCategory category, String text, String minLevel,
                       String maxLevel, List<String> tags, Rubric rubric, boolean archived, long version) {

    private static final Pattern LEVEL = Pattern.compile("L[1-9]");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+#.-]{0,29}");

    public Question {
        tags = tags == null ? List.of() : tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
        minLevel = minLevel == null ? "L1" : minLevel;
        maxLevel = maxLevel == null ? "L9" : maxLevel;
    }

    public static Question create(String id, String teamId, QuestionCategory category, String text, String minLevel,
                                  String maxLevel, List<String> tags, Rubric rubric) {
        Question question = new Question(id, teamId, category, text, minLevel, maxLevel, tags, rubric, false, 1);
        question.validate();
        return question;
    }

    public Question revise(QuestionCategory newCategory, String newText, String newMinLevel, String newMaxLevel,
                           List<String> newTags, Rubric newRubric, boolean newArchived) {
        Question revised = new Question(id, teamId, newCategory, newText, newMinLevel, newMaxLevel, newTags,
                newRubric, newArchived, version);
        revised.validate();
        return revised;
    }


    private void validate() {
        if (category == null) {
            throw new InvalidFieldException("category", "is required");
        }
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw new InvalidFieldException("text", "is required, at most 1000 characters");
        }
        if (!LEVEL.matcher(minLevel).matches()) {
            throw new InvalidFieldException("minLevel", "must be a level from L1 to L9");
        }
        if (!LEVEL.matcher(maxLevel).matches()) {
            throw new InvalidFieldException("maxLevel", "must be a level from L1 to L9");
        }
        if (minLevel.compareTo(maxLevel) > 0) {
            throw new InvalidFieldException("maxLevel", "must not be below minLevel " + minLevel);
        }
        if (tags.size() > 10) {
            throw new InvalidFieldException("tags", "at most 10 tags");
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!TAG.matcher(tags.get(i)).matches()) {
                throw new InvalidFieldException("tags[" + i + "]", "must be 1-30 letters, digits or + # . -");
            }
        }
        if (rubric != null && (length(rubric.strong()) > 1000 || length(rubric.weak()) > 1000)) {
            throw new InvalidFieldException("rubric", "strong and weak are at most 1000 characters each");
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
