package io.headcount.interview.questionbank.model;

/** What a strong and a weak answer show, so interviewers score alike. */
public record Rubric(String strong, String weak) {
}
