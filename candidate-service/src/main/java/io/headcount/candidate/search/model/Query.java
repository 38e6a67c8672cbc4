package io.headcount.candidate.search.model;

import java.util.List;

/**
 * A parsed boolean search query: terms (words or quoted phrases, optionally restricted to one field) combined with
 * AND, OR and NOT. Plain data: the store adapter translates it, the explain output prints it.
 */
public sealed interface Query permits Query.Term, Query.And, Query.Or, Query.Not, Query.MatchAll {

    /** Matches a word or a phrase in one field, or (field null) in any searchable field. */
    record Term(SearchField field, String text, boolean phrase, List<String> words) implements Query {
        public Term {
            words = List.copyOf(words);
        }
    }

    record And(List<Query> operands) implements Query {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Query> operands) implements Query {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Query operand) implements Query {
    }

    /** The empty query: filters alone decide. */
    record MatchAll() implements Query {
    }
}
