package io.headcount.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static List<EventDefinition> catalog() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void every_event_record_validates_against_its_schema(EventDefinition definition) {
        JsonNode json = jsonOf(SampleEvents.sampleOf(definition.recordType()));

        assertThat(schemaOf(definition).validate(json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void schema_describes_exactly_the_fields_of_the_record(EventDefinition definition) {
        JsonNode schema = schemaJson(definition);

        Set<String> schemaFields = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> recordFields = Arrays.stream(definition.recordType().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(schemaFields).isEqualTo(recordFields);
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(definition.dataschema().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void schema_marks_exactly_the_personal_data_fields_of_the_record(EventDefinition definition) {
        JsonNode properties = schemaJson(definition).get("properties");

        Set<String> markedInSchema = properties.propertyNames().stream()
                .filter(name -> properties.get(name).path("x-personal-data").asBoolean(false))
                .collect(Collectors.toSet());
        Set<String> annotated = Arrays.stream(definition.recordType().getRecordComponents())
                .filter(c -> c.isAnnotationPresent(PersonalData.class))
                .map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(markedInSchema).isEqualTo(annotated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void a_body_missing_a_required_field_is_refused_by_the_schema(EventDefinition definition) {
        JsonNode schema = schemaJson(definition);
        String required = schema.get("required").get(0).asString();
        ObjectNode json = (ObjectNode) jsonOf(SampleEvents.sampleOf(definition.recordType()));
        json.remove(required);

        List<Error> errors = schemaOf(definition).validate(json);

        assertThat(errors).extracting(Error::getMessage).anyMatch(message -> message.contains(required));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void body_round_trips_through_json(EventDefinition definition) {
        HeadcountEvent sample = SampleEvents.sampleOf(definition.recordType());

        assertThat(EventJson.read(EventJson.write(sample), definition.recordType())).isEqualTo(sample);
    }

    @org.junit.jupiter.api.Test
    void the_subscribers_event_catalog_lists_every_event_type() throws IOException {
        String catalogPage = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/EVENTS.md"));

        assertThat(EventCatalog.all()).allSatisfy(definition ->
                assertThat(catalogPage).contains("| `" + definition.name() + "` |"));
    }

    private static JsonNode jsonOf(HeadcountEvent event) {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    private static Schema schemaOf(EventDefinition definition) {
        return REGISTRY.getSchema(schemaJson(definition).toString());
    }

    private static JsonNode schemaJson(EventDefinition definition) {
        try (InputStream in = EventContractTest.class.getResourceAsStream(definition.schemaResource())) {
            assertThat(in).as("schema " + definition.schemaResource()).isNotNull();
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
