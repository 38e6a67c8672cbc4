package io.headcount.events.asyncapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.EventJson;
import io.headcount.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0, describes every catalogued event on its topic with its key, headers
 * and schema, and the copy in docs/ is the generated one. Regenerate the copy with
 * {@code ./mvnw -pl common-events test -Dtest=AsyncApiDocumentTest -Dheadcount.asyncapi=write}.
 */
class AsyncApiDocumentTest {

    private static final Path COMMITTED = Path.of("../docs/asyncapi.json");
    private static final Schema ASYNCAPI_3 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(resource("/asyncapi-spec/asyncapi-3.0.0.json"));

    private final ObjectNode document = AsyncApiDocument.generate();

    @Test
    void the_document_validates_as_asyncapi_3() {
        assertThat(ASYNCAPI_3.validate(document)).isEmpty();
    }

    @Test
    void the_validation_can_fail() {
        ObjectNode broken = document.deepCopy();
        broken.remove("info");
        ((ObjectNode) broken.path("operations").path("receiveCandidateEvents")).put("action", "consume");

        assertThat(ASYNCAPI_3.validate(broken)).isNotEmpty();
    }

    @Test
    void every_catalogued_type_is_a_message_of_its_topics_channel_with_its_key_and_schema() throws IOException {
        JsonNode baseline = EventJson.mapper().readTree(AsyncApiDocumentTest.class
                .getResourceAsStream("/schema-baseline/catalog.json"));
        for (EventDefinition definition : EventCatalog.all()) {
            String id = AsyncApiDocument.messageId(definition);
            JsonNode message = document.path("components").path("messages").path(id);
            assertThat(message.path("name").asString()).as(id).isEqualTo(definition.type());
            assertThat(message.path("headers").path("properties").path("ce_type").path("const").asString())
                    .isEqualTo(definition.type());
            assertThat(message.path("payload").path("x-dataschema").asString())
                    .isEqualTo(definition.dataschema().toString());
            assertThat(AsyncApiDocument.keyField(definition)).as(id + " key")
                    .isEqualTo(baseline.path(definition.type()).path("key").asString());
            String channel = channelOf(definition.topic());
            assertThat(document.path("channels").path(channel).path("messages").has(id)).as(id).isTrue();
            assertThat(document.path("channels").path(channel).path("address").asString())
                    .isEqualTo(definition.topic());
        }
        assertThat(document.path("components").path("messages").size()).isEqualTo(EventCatalog.all().size());
    }

    @Test
    void personal_data_is_marked_on_the_message_and_in_the_payload() {
        JsonNode sourced = document.path("components").path("messages").path("CandidateSourced.v1");

        assertThat(sourced.path("x-personal-data").valueStream().map(JsonNode::asString).toList())
                .contains("fullName", "email");
        assertThat(sourced.path("payload").path("properties").path("email").path("x-personal-data").asBoolean())
                .isTrue();
    }

    @Test
    void the_rendered_page_shows_every_message() {
        String page = AsyncApiPage.html();

        assertThat(EventCatalog.all()).allSatisfy(definition -> assertThat(page)
                .contains("id=\"" + AsyncApiDocument.messageId(definition) + "\"")
                .contains(definition.type()));
        assertThat(page).contains("personal data").doesNotContain("<script");
    }

    @Test
    void the_copy_in_docs_is_the_generated_document() throws IOException {
        String generated = AsyncApiDocument.json() + "\n";
        if ("write".equals(System.getProperty("headcount.asyncapi"))) {
            Files.writeString(COMMITTED, generated);
        }
        assertThat(Files.readString(COMMITTED)).as("docs/asyncapi.json is stale: regenerate it (see the class "
                + "comment)").isEqualTo(generated);
    }

    private String channelOf(String topic) {
        List<String> names = new ArrayList<>();
        document.path("channels").properties().forEach(channel -> {
            if (channel.getValue().path("address").asString().equals(topic)) {
                names.add(channel.getKey());
            }
        });
        assertThat(names).as(topic).hasSize(1);
        assertThat(Topics.all()).contains(topic);
        return names.get(0);
    }

    private static String resource(String name) {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
