package io.headcount.plumbing.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read, the same in every service: JSON types are taken at their word. A number is not a
 * string, a string is not a boolean, 1.5 is not an integer, a number is not a date, and text carries no control
 * characters or broken UTF-16. Configured on the mapper, so no field needs code of its own.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // dates and times only as ISO-8601 strings, never as epoch numbers
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, integer -> integer
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(new SimpleModule("headcount-strict-values")
                        .addDeserializer(String.class, new CleanText())
                        .addDeserializer(Instant.class, new IsoInstant()));
    }

    /** Why {@code text} cannot be stored, or null when it can. */
    public static String whyNotClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate at position " + i;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return String.format("contains the control character U+%04X at position %d", (int) c, i);
            }
        }
        return null;
    }

    /** An instant only as an ISO-8601 string in UTC; Jackson's own also takes epoch numbers. */
    static final class IsoInstant extends StdScalarDeserializer<Instant> {

        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, Instant.class, "not an ISO-8601 UTC time");
            }
        }
    }

    /** Strings as Jackson reads them, refused when they contain control characters or unpaired surrogates. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            String why = text == null ? null : whyNotClean(text);
            if (why != null) {
                throw InvalidFormatException.from(parser, why, text, String.class);
            }
            return text;
        }
    }
}
