package io.headcount.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of event bodies: ISO-8601 times, nulls left out, unknown fields ignored (tolerant reader). */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(HeadcountEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T extends HeadcountEvent> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
