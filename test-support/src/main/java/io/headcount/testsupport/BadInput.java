package io.headcount.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Table-driven bad input: a valid request body and, for each of its fields, the wrong values a client actually
 * sends (a number for a string, 1.5 for an integer, a control character, an overflowing number, a date as a
 * number...). Each case is the valid body with one field spoiled and the field the 400 problem must name.
 */
public final class BadInput {

    private static final String HOLE = "@@BAD@@";

    /** One spoiled body. */
    public record Case(String name, String json, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A field and the raw JSON values that are wrong for it; {@code field} is what the problem must name. */
    public record Spoiler(String path, String field, List<String> rawValues) {
    }

    private BadInput() {
    }

    public static Stream<Case> cases(Map<String, Object> valid, Spoiler... spoilers) {
        List<Case> cases = new ArrayList<>();
        for (Spoiler spoiler : spoilers) {
            for (String raw : spoiler.rawValues()) {
                ObjectNode body = (ObjectNode) Api.JSON.valueToTree(valid);
                set(body, spoiler.path(), HOLE);
                String json = Api.JSON.writeValueAsString(body).replace("\"" + HOLE + "\"", raw);
                String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
                cases.add(new Case(spoiler.path() + " = " + shown, json, spoiler.field()));
            }
        }
        return cases.stream();
    }

    /** A 400 problem naming the case's field, short: no long echo of what was sent. */
    public static void assertRefused(Api.Response response, Case bad) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.toString()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(response.contentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(response.body().length()).as("no long echo").isLessThan(3000);
        org.assertj.core.api.Assertions.assertThat(response.json().get("errors").valueStream()
                .map(error -> error.path("field").asString(""))).as(response.body()).contains(bad.field());
    }

    public static Spoiler text(String path) {
        return new Spoiler(path, path, List.of("12345", "true", "1.5", "{\"a\": 1}", "[\"x\"]",
                "\"null\\u0000byte\"", "\"half \\ud800 pair\"", "\"escape \\u001b[31m\"", HUGE_TEXT,
                deeplyNested()));
    }

    /** Longer than any text field allows, well within the request size limit. */
    private static final String HUGE_TEXT = "\"" + "x".repeat(100_000) + "\"";

    /** Arrays nested deeper than any client has a reason to send. */
    private static String deeplyNested() {
        return "[".repeat(2_000) + "]".repeat(2_000);
    }

    /** A required field sent as JSON null. */
    public static Spoiler nulled(String path) {
        return new Spoiler(path, path, List.of("null"));
    }

    public static Spoiler integer(String path) {
        return new Spoiler(path, path, List.of("1.5", "\"2\"", "2147483648", "1e400", "true", "[1]"));
    }

    /** A 64-bit whole number: beyond Long.MAX_VALUE overflows. */
    public static Spoiler longInteger(String path) {
        return new Spoiler(path, path, List.of("1.5", "\"2\"", "9223372036854775808", "1e400", "true"));
    }

    public static Spoiler bool(String path) {
        return new Spoiler(path, path, List.of("\"true\"", "1", "\"yes\""));
    }

    public static Spoiler enumeration(String path) {
        return new Spoiler(path, path, List.of("\"NOT_A_VALUE\"", "7", "\"" + "X".repeat(200_000) + "\""));
    }

    public static Spoiler date(String path) {
        return new Spoiler(path, path, List.of("12345", "\"2027-13-45\"", "\"tomorrow\"", "\"+999999999-12-31\"",
                "\"-999999999-01-01\"", "\"+10000-01-01\"", "\"0000-01-01\""));
    }

    public static Spoiler instant(String path) {
        return new Spoiler(path, path, List.of("1700000000", "\"yesterday\"", "\"2020-01-01T00:00:00Z\"",
                "\"+999999999-12-31T23:59:59Z\"", "\"2027-02-01\""));
    }

    public static Spoiler textList(String path) {
        return new Spoiler(path, path, List.of("\"java\"", "7", "{\"a\": 1}"));
    }

    public static Spoiler textListElement(String path) {
        return new Spoiler(path, path + "[0]", List.of("[7]", "[true]", "[\"nul\\u0000\"]"));
    }

    /** Money must be {"amount": "decimal string", "currency": "ISO"}: a JSON number is refused. */
    public static Spoiler moneyAmount(String path) {
        return new Spoiler(path + ".amount", path + ".amount", List.of("155000.5", "155000", "\"1.5e5\"",
                "\"-5\"", "\"12,000\"", "\"99999999999999999999\""));
    }

    public static Spoiler moneyCurrency(String path) {
        return new Spoiler(path + ".currency", path + ".currency", List.of("\"usd\"", "\"DOLLARS\"", "840"));
    }

    public static Spoiler object(String path) {
        return new Spoiler(path, path, List.of("\"x\"", "7", "[1]"));
    }

    private static void set(ObjectNode body, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            if (next == null || next.isNull()) {
                next = ((ObjectNode) node).putObject(parts[i]);
            }
            node = next;
        }
        if (node instanceof ObjectNode object) {
            object.put(parts[parts.length - 1], value);
        } else if (node instanceof ArrayNode) {
            throw new IllegalArgumentException("paths into arrays are not supported: " + path);
        }
    }
}
