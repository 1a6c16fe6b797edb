package org.tto.api.shared;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field of a request body Jackson refused, and why, in words that never quote the input or name a class: the
 * path as the caller wrote it ({@code inventors[1].sharePercent}).
 */
record JsonFieldError(String field, String message, boolean rejectedText) {

    /** A field name echoed back as it is; any other (a map key the caller made up) is shown as {@code ?}. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    static JsonFieldError of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabindException databind && t instanceof JsonMappingException mapping) {
                String field = path(mapping.getPath());
                if (field.isEmpty()) {
                    return null;
                }
                if (databind instanceof TextRejectedException text) {
                    return new JsonFieldError(field, text.reason(), true);
                }
                if (databind instanceof UnrecognizedPropertyException
                        || databind instanceof IgnoredPropertyException) {
                    return new JsonFieldError(field, "is not a field of this request", false);
                }
                return new JsonFieldError(field, "has a value of the wrong type or format", false);
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(SAFE_NAME.matcher(reference.getFieldName()).matches() ? reference.getFieldName() : "?");
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
