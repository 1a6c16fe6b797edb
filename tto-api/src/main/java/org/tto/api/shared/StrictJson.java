package org.tto.api.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read as they are written, never as they might have been meant: no float to integer, no number
 * or boolean to text, no text to number, boolean or date, no null or missing value for a primitive, no numeric,
 * trimmed or case-folded enum values, no numeric dates (a date is {@code yyyy-MM-dd}, four-digit year), no unknown
 * field, no duplicate key, nothing after the value. A body is JSON only when it says
 * {@code application/json} ({@link JsonBodiesOnly}).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonFeatures() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(StrictJson::refuseCoercion);
    }

    static void refuseCoercion(ObjectMapper mapper) {
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
            LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }

    /** Text checked ({@link CheckedText}); enum values by their exact name; dates as ISO {@code yyyy-MM-dd} only. */
    @Bean
    Module strictValues() {
        SimpleModule module = new SimpleModule("tto-strict-values");
        module.addDeserializer(String.class, CheckedText.SINGLE_LINE);
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new ExactEnum(type.getRawClass());
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return beanDesc.getBeanClass() == LocalDate.class ? new IsoDate() : deserializer;
            }
        });
        return module;
    }

    /** An enum value is one of the constants' names, exactly: no number, no surrounding space, no other case. */
    static final class ExactEnum extends StdScalarDeserializer<Object> {

        private final Map<String, Object> byName = new LinkedHashMap<>();

        ExactEnum(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Object value = byName.get(p.getText());
                if (value != null) {
                    return value;
                }
                return ctxt.handleWeirdStringValue(handledType(), p.getText(), "must be one of %s",
                        byName.keySet());
            }
            return ctxt.handleUnexpectedToken(handledType(), p);
        }
    }

    /** A date is text {@code yyyy-MM-dd} with a four-digit year, and a day the calendar has. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, STRICT);
                } catch (DateTimeParseException e) {
                    // falls through to the refusal
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "must be a date yyyy-MM-dd");
        }
    }
}
