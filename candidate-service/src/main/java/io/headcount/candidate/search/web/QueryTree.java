package io.headcount.candidate.search.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.headcount.candidate.search.model.Query;

import java.util.List;

/** The parsed query as JSON, for {@code explain=true}: what the search understood. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueryTree(String op, String field, String text, Boolean phrase, List<String> words, List<QueryTree> operands) {

    static QueryTree of(Query query) {
        if (query instanceof Query.Term term) {
            return new QueryTree("TERM", term.field() == null ? "any" : term.field().qualifier(), term.text(),
                    term.phrase(), term.words(), null);
        }
        if (query instanceof Query.And and) {
            return new QueryTree("AND", null, null, null, null, and.operands().stream().map(QueryTree::of).toList());
        }
        if (query instanceof Query.Or or) {
            return new QueryTree("OR", null, null, null, null, or.operands().stream().map(QueryTree::of).toList());
        }
        if (query instanceof Query.Not not) {
            return new QueryTree("NOT", null, null, null, null, List.of(of(not.operand())));
        }
        return new QueryTree("ALL", null, null, null, null, null);
    }
}
