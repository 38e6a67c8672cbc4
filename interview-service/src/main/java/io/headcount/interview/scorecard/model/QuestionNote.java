package io.headcount.interview.scorecard.model;

/** What the interviewer noted about the answer to one question of the kit. */
public record QuestionNote(String questionId, String note) {
}
