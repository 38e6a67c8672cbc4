package io.headcount.interview.questionbank.web;

import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.interview.questionbank.model.Rubric;

import java.util.List;

record QuestionResponse(String id, String teamId, QuestionCategory category, String text, String minLevel,
                        String maxLevel, List<String> tags, Rubric rubric, boolean archived, long version) {

    static QuestionResponse of(Question question) {
        return new QuestionResponse(question.id(), question.teamId(), question.category(), question.text(),
                question.minLevel(), question.maxLevel(), question.tags(), question.rubric(), question.archived(),
                question.version());
    }
}
