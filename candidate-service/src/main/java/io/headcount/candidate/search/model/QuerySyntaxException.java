package io.headcount.candidate.search.model;

import io.headcount.plumbing.domain.InvalidFieldException;

/** The query does not parse. Names the position (0-based, in characters) and what was expected there. */
public class QuerySyntaxException extends InvalidFieldException {

    private final int position;

    public QuerySyntaxException(int position, String expected, String found) {
        super("q", "syntax error at position " + position + ": expected " + expected + " but found " + found);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
