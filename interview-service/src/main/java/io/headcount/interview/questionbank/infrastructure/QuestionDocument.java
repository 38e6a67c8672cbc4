package io.headcount.interview.questionbank.infrastructure;

import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.interview.questionbank.model.Rubric;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** {@code textLower} is the text in lower case, for case-insensitive search on every store. */
@Document("questions")
record QuestionDocument(@Id String id, String teamId, long version, QuestionCategory category, String text,
                        String textLower, String minLevel, String maxLevel, List<String> tags, Rubric rubric,
                        boolean archived) {

    static QuestionDocument from(Question question) {
        return new QuestionDocument(question.id(), question.teamId(), question.version(), question.category(),
                question.text(), question.text().toLowerCase(java.util.Locale.ROOT), question.minLevel(),
                question.maxLevel(), question.tags().isEmpty() ? null : question.tags(), question.rubric(),
                question.archived());
    }

    Question toModel() {
        return new Question(id, teamId, category, text, minLevel, maxLevel, tags, rubric, archived, version);
    }
}
