package io.headcount.interview.questionbank.application;

import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface QuestionRepository {

    /** False, storing nothing, when a question with this id exists (a starter question seeded before). */
    boolean insertIfAbsent(Question question);

    boolean update(Question question, long expectedVersion);

    Optional<Question> find(String id, Collection<String> teamIds);

    List<Question> search(Collection<String> teamIds, QuestionCategory category, String tag, String text,
                          boolean includeArchived, String afterId, int limit);

    /** Those of {@code ids} that are questions of the team's bank (archived ones too). */
    java.util.Set<String> existingIds(String teamId, Collection<String> ids);

    boolean isSeeded(String teamId);

    void markSeeded(String teamId);
}
