package io.headcount.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builds a fully populated instance of any event record, so every catalog entry is checked without a hand list. */
final class SampleEvents {

    /** The samples' clock: every time and date in them derives from it. */
    private static final Instant SAMPLE_TIME = Instant.parse("2026-11-28T10:15:30Z");

    private SampleEvents() {
    }

    static HeadcountEvent sampleOf(Class<? extends HeadcountEvent> type) {
        return (HeadcountEvent) build(type);
    }

    private static Object build(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> valueFor(c.getName(), c.getType(), c.getGenericType()))
                .toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object valueFor(String name, Class<?> type, Type genericType) {
        if (type == String.class && name.endsWith("Percent")) {
            return "12.5";
        }
        if (type == String.class) {
            return name.endsWith("Id") ? name + "-42" : "sample " + name;
        }
        if (type == int.class || type == Integer.class) {
            return name.equals("rating") ? 4 : 2;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == Instant.class) {
            return SAMPLE_TIME;
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(SAMPLE_TIME, java.time.ZoneOffset.UTC).plusDays(37);
        }
        if (type == Money.class) {
            return new Money("140000.00", "USD");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) genericType).getActualTypeArguments()[0];
            return List.of(valueFor(name, element, element));
        }
        if (type.isRecord()) {
            return build(type);
        }
        throw new IllegalArgumentException("no sample value for " + type + " " + name);
    }
}
