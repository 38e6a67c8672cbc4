package io.headcount.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility gate: every schema version in the baseline (common-events/src/test/resources/schema-baseline) was
 * published, so subscribers may rely on it. The build fails when the tree breaks one of them for consumers (see
 * {@link SchemaCompatibility}), moves a type to another topic or key, or drops a published type. New types and new
 * {@code .vN} versions pass; so do new optional fields. Updating the baseline is deliberate: run this test with
 * {@code -Dheadcount.schema-baseline=write} and commit what changed (README: "Events as a contract").
 */
class SchemaCompatibilityGateTest {

    private static final Path BASELINE = Path.of("src/test/resources/schema-baseline");
    private static final Path CATALOG = BASELINE.resolve("catalog.json");

    @Test
    void no_published_schema_breaks_its_consumers_and_no_type_changes_topic_or_key() throws IOException {
        if ("write".equals(System.getProperty("headcount.schema-baseline"))) {
            writeBaseline();
        }
        JsonNode published = EventJson.mapper().readTree(Files.readString(CATALOG));
        List<String> problems = new ArrayList<>();
        for (String type : published.propertyNames()) {
            JsonNode promise = published.get(type);
            EventDefinition definition = EventCatalog.byType(type).orElse(null);
            if (definition == null) {
                problems.add(type + ": a published type was removed (publish a new version alongside instead)");
                continue;
            }
            if (!definition.topic().equals(promise.get("topic").asString())) {
                problems.add(type + ": moved from topic " + promise.get("topic").asString() + " to "
                        + definition.topic());
            }
            if (!keyOf(definition).equals(promise.get("key").asString())) {
                problems.add(type + ": keyed by " + keyOf(definition) + " instead of " + promise.get("key").asString());
            }
            JsonNode baseline = EventJson.mapper().readTree(Files.readString(BASELINE.resolve(
                    definition.schemaResource().substring("/schemas/".length()))));
            SchemaCompatibility.breakingChanges(baseline, current(definition))
                    .forEach(problem -> problems.add(type + " " + problem));
        }
        assertThat(problems).as("breaking changes against the published baseline").isEmpty();
        assertThat(EventCatalog.all()).as("every catalogued type is in the baseline (write it when publishing one)")
                .allSatisfy(definition -> assertThat(published.has(definition.type())).as(definition.type()).isTrue());
    }

    @Test
    void no_published_schema_closes_an_object_to_the_optional_fields_the_gate_lets_through() throws IOException {
        List<String> closed = new ArrayList<>();
        for (EventDefinition definition : EventCatalog.all()) {
            SchemaCompatibility.closedObjects(current(definition))
                    .forEach(path -> closed.add(definition.type() + " " + path));
        }
        assertThat(closed).isEmpty();
        assertThat(SchemaCompatibility.closedObjects(EventJson.mapper().readTree("{\"type\":\"object\","
                + "\"properties\":{\"a\":{\"type\":\"object\",\"additionalProperties\":false}}}")))
                .as("the check can fail").containsExactly("$.a: additionalProperties false");
    }

    /**
     * A subscriber validating with today's schema accepts the same event after a compatible change: a new optional
     * field at the top and inside every nested object.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("io.headcount.events.EventContractTest#catalog")
    void an_event_that_gained_optional_fields_still_validates_against_the_schema(EventDefinition definition)
            throws IOException {
        JsonNode event = EventJson.mapper().valueToTree(SampleEvents.sampleOf(definition.recordType()));
        addFieldEverywhere(event);

        assertThat(com.networknt.schema.SchemaRegistry.withDefaultDialect(
                        com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(current(definition)).validate(event)).isEmpty();
    }

    private static void addFieldEverywhere(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.valueStream().toList().forEach(SchemaCompatibilityGateTest::addFieldEverywhere);
            object.put("addedInALaterVersion", "x");
        } else if (node.isArray()) {
            node.forEach(SchemaCompatibilityGateTest::addFieldEverywhere);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a field removed          | {\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"}}}                       | $.a: removed",
            "a type changed           | {\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"string\"}}} | $.a: type changed",
            "a field newly required   | {\"type\":\"object\",\"required\":[\"b\"],\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}} | $.b: newly required",
            "an enum value removed    | {\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\",\"enum\":[\"X\"]}}} | enum value \"Y\" removed",
            "additionalProperties     | {\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\",\"enum\":[\"X\",\"Y\"]}}} | additionalProperties tightened"})
    void the_gate_catches(String change, String current, String expected) {
        JsonNode baseline = EventJson.mapper().readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":"
                + "\"string\"},\"b\":{\"type\":\"string\",\"enum\":[\"X\",\"Y\"]}}}");

        assertThat(SchemaCompatibility.breakingChanges(baseline, EventJson.mapper().readTree(current)))
                .anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    @Test
    void an_optional_field_and_a_new_enum_value_pass() {
        JsonNode baseline = EventJson.mapper().readTree("{\"type\":\"object\","
                + "\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\",\"enum\":[\"X\"]}}}");
        JsonNode current = EventJson.mapper().readTree("{\"type\":\"object\","
                + "\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\",\"enum\":[\"X\",\"Y\"]},"
                + "\"c\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}");

        assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
    }

    /** The field the Kafka key (and CloudEvents subject) comes from: the record component equal to subject(). */
    private static String keyOf(EventDefinition definition) {
        HeadcountEvent sample = SampleEvents.sampleOf(definition.recordType());
        return Stream.of(definition.recordType().getRecordComponents()).filter(component -> {
            try {
                return sample.subject().equals(component.getAccessor().invoke(sample));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).map(java.lang.reflect.RecordComponent::getName).findFirst().orElseThrow();
    }

    private static JsonNode current(EventDefinition definition) throws IOException {
        try (InputStream in = SchemaCompatibilityGateTest.class.getResourceAsStream(definition.schemaResource())) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static void writeBaseline() throws IOException {
        Map<String, Map<String, String>> catalog = new LinkedHashMap<>();
        for (EventDefinition definition : EventCatalog.all()) {
            catalog.put(definition.type(), Map.of("topic", definition.topic(), "key", keyOf(definition)));
            Path target = BASELINE.resolve(definition.schemaResource().substring("/schemas/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = SchemaCompatibilityGateTest.class.getResourceAsStream(definition.schemaResource())) {
                Files.write(target, in.readAllBytes());
            }
        }
        ObjectNode json = EventJson.mapper().valueToTree(new java.util.TreeMap<>(catalog));
        Files.writeString(CATALOG, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    }
}
