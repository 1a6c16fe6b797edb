package org.tto.api.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Every text value of a request body, checked once for all: no control character (NUL, ESC, DEL, C1…), no lone
 * surrogate or noncharacter, and no line break or tab unless the field is {@link MultiLine}. Such text would be
 * stored and then poison every reader of the record (strict JSON parsers, CSV exports, e-mails); it is refused with a
 * 400 naming the field.
 */
final class CheckedText extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final CheckedText SINGLE_LINE = new CheckedText(false);
    static final CheckedText MULTI_LINE = new CheckedText(true);

    private final boolean multiLine;

    private CheckedText(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.hasToken(JsonToken.VALUE_STRING) ? p.getText()
                : StringDeserializer.instance.deserialize(p, ctxt);
        String fault = fault(text, multiLine);
        if (fault != null) {
            throw new TextRejectedException(p, fault);
        }
        return text;
    }

    /** What is wrong with {@code text}, or null when it is sound. */
    static String fault(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "contains invalid Unicode";
            } else if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "must be a single line (no line break or tab)";
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return "must not contain control characters";
            }
        }
        return null;
    }
}
