package io.headcount.events.asyncapi;

import io.headcount.events.CandidateScoped;
import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.EventJson;
import io.headcount.events.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.0 description of Headcount's event API, generated from the catalog and the JSON Schemas shipped in
 * this jar — so it cannot drift from what is published: one channel per topic, one message per event type with its
 * CloudEvents headers, its Kafka key and its payload schema (personal data marked {@code x-personal-data}), and the
 * operation a subscriber performs on each channel.
 */
public final class AsyncApiDocument {

    public static final String VERSION = "3.0.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> CHANNELS = Map.of(
            Topics.CANDIDATE, "candidate", Topics.INTERVIEW, "interview", Topics.OFFER, "offer",
            Topics.WEBHOOK, "webhook");
    private static final Map<String, String> PUBLISHERS = Map.of(
            Topics.CANDIDATE, "candidate-service", Topics.INTERVIEW, "interview-service",
            Topics.OFFER, "offer-service", Topics.WEBHOOK, "webhook-service");

    private AsyncApiDocument() {
    }

    public static String json() {
        return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate());
    }

    public static ObjectNode generate() {
        ObjectNode root = NODES.objectNode();
        root.put("asyncapi", VERSION);
        root.put("id", "urn:io:headcount:events");
        ObjectNode info = root.putObject("info");
        info.put("title", "Headcount events");
        info.put("version", "1.0.0");
        info.put("description", "Every change in Headcount as a CloudEvent 1.0 on Kafka (binary mode: attributes "
                + "in headers, the JSON body as the value). Keyed by candidate id (requisition id for requisition "
                + "events), so one candidate's events are in order within a topic. Delivery is at least once: "
                + "deduplicate on ce_id. Compatibility: fields are only ever added; a breaking change is a new "
                + "type version (.v2) published alongside. Personal data is marked x-personal-data and must be "
                + "erased when CandidateErased arrives. See docs/EVENTS.md.");
        info.putObject("license").put("name", "Apache-2.0");
        root.put("defaultContentType", "application/json");
        ObjectNode server = root.putObject("servers").putObject("kafka");
        server.put("host", "localhost:9092");
        server.put("protocol", "kafka");
        server.put("description", "The platform's broker (./run-local: localhost:9092; compose: localhost:9094)");

        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode messages = NODES.objectNode();
        for (String topic : Topics.all()) {
            String channelName = CHANNELS.get(topic);
            ObjectNode channel = channels.putObject(channelName);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put("description", "Published by " + PUBLISHERS.get(topic) + ". Records a consumer cannot "
                    + "process end in " + Topics.deadLetterOf(topic) + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("receive" + capitalised(channelName) + "Events");
            operation.put("action", "receive");
            operation.put("title", "Subscribe to " + topic);
            operation.putObject("channel").put("$ref", "#/channels/" + channelName);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventDefinition definition : EventCatalog.all()) {
                if (!definition.topic().equals(topic)) {
                    continue;
                }
                String id = messageId(definition);
                messages.set(id, message(definition));
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operationMessages.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + id);
            }
        }
        ObjectNode components = root.putObject("components");
        components.set("messages", messages);
        return root;
    }

    /** {@code CandidateSourced.v1}: the name subscribers see in {@code ce_type}, without the area prefix. */
    public static String messageId(EventDefinition definition) {
        return definition.name() + "." + definition.version();
    }

    private static ObjectNode message(EventDefinition definition) {
        ObjectNode message = NODES.objectNode();
        ObjectNode schema = schemaOf(definition);
        message.put("name", definition.type());
        message.put("title", definition.name() + " " + definition.version());
        message.put("summary", schema.path("description").asString(""));
        message.put("contentType", "application/json");
        message.set("headers", headers(definition));
        message.putObject("correlationId").put("location", "$message.header#/ce_correlationid");
        List<String> personal = personalFields(schema);
        if (!personal.isEmpty()) {
            ArrayNode marks = message.putArray("x-personal-data");
            personal.forEach(marks::add);
        }
        schema.remove("$schema");
        String dataschema = schema.remove("$id").asString();
        schema.put("x-dataschema", dataschema);
        message.set("payload", schema);
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", "the event's "
                + keyField(definition) + " (also ce_subject)");
        key.put("bindingVersion", "0.5.0");
        return message;
    }

    private static ObjectNode headers(EventDefinition definition) {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, "ce_id", "unique event id: deduplicate on it");
        header(properties, "ce_type", "the event type").put("const", definition.type());
        header(properties, "ce_source", "/headcount/<service>");
        header(properties, "ce_specversion", "CloudEvents version").put("const", "1.0");
        header(properties, "ce_time", "when the change happened (UTC, millisecond precision)")
                .put("format", "date-time");
        header(properties, "ce_subject", "the " + keyField(definition) + ", also the Kafka key");
        header(properties, "ce_dataschema", "the payload schema's $id").put("const",
                definition.dataschema().toString());
        header(properties, "ce_teamid", "the team the record belongs to");
        header(properties, "ce_correlationid", "shared by everything one user request caused, across services");
        header(properties, "ce_causationid", "the event that caused this one (absent when a user request did)");
        header(properties, "ce_traceparent", "W3C trace context of the request that raised the event "
                + "(CloudEvents distributed tracing extension; absent when none was traced)");
        header(properties, "traceparent", "W3C trace context of the relay's publish span, a child of "
                + "ce_traceparent's");
        header(properties, "content-type", "the payload's media type").put("const", "application/json");
        ArrayNode required = headers.putArray("required");
        for (String name : List.of("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject",
                "ce_dataschema", "ce_teamid", "ce_correlationid", "content-type")) {
            required.add(name);
        }
        return headers;
    }

    private static ObjectNode header(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    /**
     * The record component the key is taken from: the candidate id, else the id of the aggregate the event is about
     * (its first id field: the requisition's, the endpoint's). The test checks this against the baseline catalog.
     */
    static String keyField(EventDefinition definition) {
        if (CandidateScoped.class.isAssignableFrom(definition.recordType())) {
            return "candidateId";
        }
        return Arrays.stream(definition.recordType().getRecordComponents()).map(c -> c.getName())
                .filter(name -> name.endsWith("Id")).findFirst()
                .orElseThrow(() -> new IllegalStateException(definition.type() + " has no key field"));
    }

    private static List<String> personalFields(JsonNode schema) {
        List<String> fields = new ArrayList<>();
        collectPersonal(schema, "", fields);
        return fields;
    }

    private static void collectPersonal(JsonNode schema, String path, List<String> fields) {
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String at = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (property.getValue().path("x-personal-data").asBoolean(false)) {
                fields.add(at);
            }
            collectPersonal(property.getValue(), at, fields);
            collectPersonal(property.getValue().path("items"), at + "[]", fields);
        }
    }

    private static ObjectNode schemaOf(EventDefinition definition) {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(definition.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema " + definition.schemaResource());
            }
            return (ObjectNode) EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
