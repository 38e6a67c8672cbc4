package io.headcount.interview.questionbank.model;

/** The hiring guide's seven categories of interview questions for backend developers. */
public enum QuestionCategory {
    PROGRAMMING_LANGUAGES, DESIGN, APIS_AND_FRAMEWORKS, DATABASES, NETWORKING, TESTING, BEHAVIOURAL
}
