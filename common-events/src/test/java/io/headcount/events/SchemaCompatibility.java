package io.headcount.events;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a consumer written against the baseline schema would trip over in the current one: a field removed or
 * renamed, a type changed, a field newly required, an enum value removed, {@code additionalProperties} tightened —
 * at any depth (object properties, array items). Adding optional fields passes.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", baseline, current, problems);
        return problems;
    }

    /**
     * Objects a schema closes to unknown fields ({@code additionalProperties} or {@code unevaluatedProperties}
     * false). A published schema closes none: the gate lets a version gain optional fields, so a subscriber
     * validating with an older copy of the schema must accept them.
     */
    static List<String> closedObjects(JsonNode schema) {
        List<String> closed = new ArrayList<>();
        findClosed("$", schema, closed);
        return closed;
    }

    private static void findClosed(String path, JsonNode schema, List<String> closed) {
        for (String keyword : List.of("additionalProperties", "unevaluatedProperties")) {
            if (schema.path(keyword).isBoolean() && !schema.path(keyword).asBoolean()) {
                closed.add(path + ": " + keyword + " false");
            }
        }
        JsonNode properties = schema.path("properties");
        for (String name : properties.propertyNames()) {
            findClosed(path + "." + name, properties.get(name), closed);
        }
        if (schema.has("items")) {
            findClosed(path + "[]", schema.get("items"), closed);
        }
    }

    private static void compare(String path, JsonNode baseline, JsonNode current, List<String> problems) {
        if (current == null || current.isMissingNode() || current.isNull()) {
            problems.add(path + ": removed");
            return;
        }
        if (!baseline.path("type").equals(current.path("type"))) {
            problems.add(path + ": type changed from " + baseline.path("type") + " to " + current.path("type"));
        }
        if (baseline.has("enum")) {
            Set<String> now = new HashSet<>();
            current.path("enum").forEach(value -> now.add(value.toString()));
            baseline.get("enum").forEach(value -> {
                if (!now.contains(value.toString())) {
                    problems.add(path + ": enum value " + value + " removed");
                }
            });
        }
        boolean wasOpen = !baseline.has("additionalProperties") || baseline.get("additionalProperties").isObject()
                || baseline.get("additionalProperties").asBoolean();
        boolean isOpen = !current.has("additionalProperties") || current.get("additionalProperties").isObject()
                || current.get("additionalProperties").asBoolean();
        if (wasOpen && !isOpen) {
            problems.add(path + ": additionalProperties tightened");
        }
        Set<String> wasRequired = new HashSet<>();
        baseline.path("required").forEach(field -> wasRequired.add(field.asString()));
        current.path("required").forEach(field -> {
            if (!wasRequired.contains(field.asString())) {
                problems.add(path + "." + field.asString() + ": newly required");
            }
        });
        JsonNode properties = baseline.path("properties");
        for (String name : properties.propertyNames()) {
            compare(path + "." + name, properties.get(name), current.path("properties").path(name), problems);
        }
        if (baseline.has("items")) {
            compare(path + "[]", baseline.get("items"), current.path("items"), problems);
        }
    }
}
