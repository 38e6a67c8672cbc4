package io.headcount.candidate.search.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            java                                              | java
            Java                                              | java
            java kafka                                        | (AND java kafka)
            java AND kafka                                    | (AND java kafka)
            java OR kafka                                     | (OR java kafka)
            java OR kafka AND mongo                           | (OR java (AND kafka mongo))
            java AND kafka OR mongo                           | (OR (AND java kafka) mongo)
            (java OR kotlin) AND kafka                        | (AND (OR java kotlin) kafka)
            ((java))                                          | java
            NOT php                                           | (NOT php)
            NOT NOT php                                       | (NOT (NOT php))
            java NOT php                                      | (AND java (NOT php))
            NOT php OR java                                   | (OR (NOT php) java)
            NOT (php OR perl)                                 | (NOT (OR php perl))
            "distributed systems"                             | "distributed systems"
            "Distributed   Systems"                           | "distributed systems"
            title:engineer                                    | title:engineer
            title:"staff engineer"                            | title:"staff engineer"
            skill:C++ OR skill:C#                             | (OR skill:c++ skill:c#)
            company:acme location:berlin                      | (AND company:acme location:berlin)
            TITLE:lead                                        | title:lead
            node.js                                           | "node js"
            and or not                                        | (AND and or not)
            a OR b OR c                                       | (OR a b c)
            a b c                                             | (AND a b c)
            (Python OR Django OR Flask) AND "distributed systems" AND NOT PHP | (AND (OR python django flask) "distributed systems" (NOT php))
            """)
    void parses(String query, String expected) {
        assertThat(render(QueryParser.parse(query))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}  →  position {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (java                 | 5  | expected ')' to close the '(' at position 0 but found the end of the query
            java)                 | 4  | expected AND, OR, a word, a quoted phrase, NOT or '(' or the end of the query but found ')'
            java AND              | 8  | expected a word, a quoted phrase, NOT or '(' but found the end of the query
            OR java               | 0  | expected a word, a quoted phrase, NOT or '(' but found 'OR'
            java OR OR kafka      | 8  | expected a word, a quoted phrase, NOT or '(' but found 'OR'
            "distributed systems  | 0  | expected a closing '\"' for the phrase started here but found the end of the query
            NOT                   | 3  | expected a word, a quoted phrase, NOT or '(' but found the end of the query
            ()                    | 1  | expected a word, a quoted phrase, NOT or '(' but found ')'
            java salary:high      | 5  | expected a field qualifier (title:, skill:, company:, location:) but found 'salary:'
            title: java           | 6  | expected a word or a quoted phrase after 'title:' but found ' '
            --                    | 0  | expected a term with letters or digits but found '--'
            """)
    void reports_syntax_errors_with_their_position(String query, int position, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.field()).isEqualTo("q");
                    assertThat(e.getMessage()).isEqualTo("syntax error at position " + position + ": " + message);
                });
    }

    @org.junit.jupiter.api.Test
    void an_empty_query_matches_everything() {
        assertThat(QueryParser.parse("  ")).isInstanceOf(Query.MatchAll.class);
        assertThat(QueryParser.parse(null)).isInstanceOf(Query.MatchAll.class);
    }

    @org.junit.jupiter.api.Test
    void too_many_terms_are_refused() {
        String query = "w ".repeat(QueryParser.MAX_TERMS + 1);

        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("at most " + QueryParser.MAX_TERMS + " terms");
    }

    @org.junit.jupiter.api.Test
    void deep_nesting_is_refused() {
        String query = "(".repeat(QueryParser.MAX_DEPTH + 2) + "java" + ")".repeat(QueryParser.MAX_DEPTH + 2);

        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("levels of nesting");
    }

    static String render(Query query) {
        if (query instanceof Query.Term term) {
            String words = String.join(" ", term.words());
            String text = term.words().size() > 1 || term.phrase() && term.words().size() > 1 ? "\"" + words + "\""
                    : words;
            return (term.field() == null ? "" : term.field().qualifier() + ":") + text;
        }
        if (query instanceof Query.And and) {
            return "(AND " + and.operands().stream().map(QueryParserTest::render).collect(Collectors.joining(" "))
                    + ")";
        }
        if (query instanceof Query.Or or) {
            return "(OR " + or.operands().stream().map(QueryParserTest::render).collect(Collectors.joining(" ")) + ")";
        }
        if (query instanceof Query.Not not) {
            return "(NOT " + render(not.operand()) + ")";
        }
        return "ALL";
    }
}
