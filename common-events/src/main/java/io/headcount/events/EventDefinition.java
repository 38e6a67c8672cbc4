package io.headcount.events;

import java.net.URI;

/**
 * How one event type travels: its CloudEvents {@code type}, the record that is its body, the topic it is published
 * on, and the JSON Schema (shipped in this jar) that describes the body.
 */
public record EventDefinition(String type, Class<? extends HeadcountEvent> recordType, String topic, String area) {

    private static final String SCHEMA_BASE = "https://schemas.headcount.io/";

    public String name() {
        return recordType.getSimpleName();
    }

    public String version() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public URI dataschema() {
        return URI.create(SCHEMA_BASE + area + "/" + name() + "." + version() + ".json");
    }

    /** Classpath location of the JSON Schema of this event type. */
    public String schemaResource() {
        return "/schemas/" + area + "/" + name() + "." + version() + ".schema.json";
    }
}
