package org.tto.api.shared;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A request body is read as JSON only when it is declared {@code application/json}: Jackson's converter would also
 * read any {@code application/*+json} type ({@code json-patch+json}, {@code merge-patch+json}), whose meaning is not
 * a plain document; those answer 415.
 */
@ControllerAdvice
class JsonBodiesOnly extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        MediaType type = inputMessage.getHeaders().getContentType();
        if (type != null && !(MediaType.APPLICATION_JSON.getType().equals(type.getType())
                && MediaType.APPLICATION_JSON.getSubtype().equals(type.getSubtype()))) {
            throw new UnsupportedBodyTypeException();
        }
        return inputMessage;
    }

    /** The body's declared media type is not application/json. */
    static final class UnsupportedBodyTypeException extends RuntimeException {
        UnsupportedBodyTypeException() {
            super("The request body must be application/json.");
        }
    }
}
