package io.headcount.candidate.search.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses LinkedIn-Recruiter-style boolean queries:
 * <pre>
 * query   := orExpr EOF
 * orExpr  := andExpr ( "OR" andExpr )*
 * andExpr := unary ( ["AND"] unary )*          -- terms side by side are ANDed
 * unary   := "NOT" unary | primary
 * primary := "(" orExpr ")" | term
 * term    := [ qualifier ":" ] ( word | "quoted phrase" )   -- qualifier: title, skill, company, location
 * </pre>
 * Operators are upper case ({@code and} is a word, as in LinkedIn). Precedence: NOT, then AND, then OR.
 */
public final class QueryParser {

    public static final int MAX_TERMS = 64;
    public static final int MAX_DEPTH = 32;
    private static final String A_TERM = "a word, a quoted phrase, NOT or '('";

    private final List<Token> tokens;
    private int next;
    private int terms;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new Query.MatchAll();
        }
        QueryParser parser = new QueryParser(new Tokenizer(text).tokens());
        Query query = parser.orExpr(0);
        Token trailing = parser.peek();
        if (trailing.type() != TokenType.END) {
            throw new QuerySyntaxException(trailing.position(), "AND, OR, " + A_TERM + " or the end of the query",
                    trailing.describe());
        }
        return query;
    }

    private Query orExpr(int depth) {
        List<Query> operands = new ArrayList<>(List.of(andExpr(depth)));
        while (peek().type() == TokenType.OR) {
            take();
            operands.add(andExpr(depth));
        }
        return operands.size() == 1 ? operands.get(0) : new Query.Or(flatten(operands, Query.Or.class));
    }

    private Query andExpr(int depth) {
        List<Query> operands = new ArrayList<>(List.of(unary(depth)));
        while (true) {
            TokenType type = peek().type();
            if (type == TokenType.AND) {
                take();
                operands.add(unary(depth));
            } else if (type == TokenType.NOT || type == TokenType.OPEN || type == TokenType.TERM) {
                operands.add(unary(depth));
            } else {
                break;
            }
        }
        return operands.size() == 1 ? operands.get(0) : new Query.And(flatten(operands, Query.And.class));
    }

    private Query unary(int depth) {
        if (peek().type() == TokenType.NOT) {
            take();
            return new Query.Not(unary(depth + 1));
        }
        return primary(depth);
    }

    private Query primary(int depth) {
        Token token = take();
        if (depth > MAX_DEPTH) {
            throw new QuerySyntaxException(token.position(), "at most " + MAX_DEPTH + " levels of nesting",
                    "deeper nesting");
        }
        if (token.type() == TokenType.OPEN) {
            Query inner = orExpr(depth + 1);
            Token close = take();
            if (close.type() != TokenType.CLOSE) {
                throw new QuerySyntaxException(close.position(), "')' to close the '(' at position "
                        + token.position(), close.describe());
            }
            return inner;
        }
        if (token.type() == TokenType.TERM) {
            if (++terms > MAX_TERMS) {
                throw new QuerySyntaxException(token.position(), "at most " + MAX_TERMS + " terms", "more");
            }
            return token.term();
        }
        throw new QuerySyntaxException(token.position(), A_TERM, token.describe());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != TokenType.END) {
            next++;
        }
        return token;
    }

    private static List<Query> flatten(List<Query> operands, Class<? extends Query> kind) {
        List<Query> flat = new ArrayList<>();
        for (Query operand : operands) {
            if (kind == Query.And.class && operand instanceof Query.And and) {
                flat.addAll(and.operands());
            } else if (kind == Query.Or.class && operand instanceof Query.Or or) {
                flat.addAll(or.operands());
            } else {
                flat.add(operand);
            }
        }
        return flat;
    }

    enum TokenType { OPEN, CLOSE, AND, OR, NOT, TERM, END }

    record Token(TokenType type, int position, String text, Query.Term term) {

        String describe() {
            return type == TokenType.END ? "the end of the query" : "'" + text + "'";
        }
    }

    /** Splits the query into tokens, remembering where each starts. */
    private static final class Tokenizer {

        private final String text;
        private int at;

        Tokenizer(String text) {
            this.text = text;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                skipWhitespace();
                if (at >= text.length()) {
                    tokens.add(new Token(TokenType.END, at, "", null));
                    return tokens;
                }
                tokens.add(nextToken());
            }
        }

        private Token nextToken() {
            int start = at;
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                return new Token(TokenType.OPEN, start, "(", null);
            }
            if (c == ')') {
                at++;
                return new Token(TokenType.CLOSE, start, ")", null);
            }
            if (c == '"') {
                return term(start, null, quoted());
            }
            String word = bareWord();
            switch (word) {
                case "AND":
                    return new Token(TokenType.AND, start, word, null);
                case "OR":
                    return new Token(TokenType.OR, start, word, null);
                case "NOT":
                    return new Token(TokenType.NOT, start, word, null);
                default:
                    return qualifiedOrPlain(start, word);
            }
        }

        private Token qualifiedOrPlain(int start, String word) {
            int colon = word.indexOf(':');
            if (colon <= 0 || !word.substring(0, colon).chars().allMatch(Character::isLetter)) {
                return term(start, null, new Raw(word, false));
            }
            String qualifier = word.substring(0, colon);
            Optional<SearchField> field = SearchField.ofQualifier(qualifier);
            if (field.isEmpty()) {
                throw new QuerySyntaxException(start, "a field qualifier (" + SearchField.qualifiers() + ")",
                        "'" + qualifier + ":'");
            }
            String rest = word.substring(colon + 1);
            if (!rest.isEmpty()) {
                return term(start, field.get(), new Raw(rest, false));
            }
            if (at < text.length() && text.charAt(at) == '"') {
                return term(start, field.get(), quoted());
            }
            throw new QuerySyntaxException(at, "a word or a quoted phrase after '" + qualifier + ":'",
                    at < text.length() ? "'" + text.charAt(at) + "'" : "the end of the query");
        }

        private Token term(int start, SearchField field, Raw raw) {
            List<String> words = SearchWords.of(raw.text());
            if (words.isEmpty()) {
                throw new QuerySyntaxException(start, "a term with letters or digits", "'" + raw.text() + "'");
            }
            String shown = (field == null ? "" : field.qualifier() + ":") + (raw.quoted() ? "\"" + raw.text() + "\""
                    : raw.text());
            return new Token(TokenType.TERM, start, shown,
                    new Query.Term(field, raw.text(), raw.quoted() || words.size() > 1, words));
        }

        private Raw quoted() {
            int open = at;
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                throw new QuerySyntaxException(open, "a closing '\"' for the phrase started here",
                        "the end of the query");
            }
            at = close + 1;
            return new Raw(text.substring(open + 1, close), true);
        }

        private String bareWord() {
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "()\"".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at);
        }

        private void skipWhitespace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private record Raw(String text, boolean quoted) {
        }
    }
}
