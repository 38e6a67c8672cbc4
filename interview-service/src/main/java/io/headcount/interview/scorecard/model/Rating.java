package io.headcount.interview.scorecard.model;

/** 1 (strong no) to 4 (strong yes) for one focus attribute of the stage. */
public record Rating(String attribute, int rating) {
}
