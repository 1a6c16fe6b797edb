package org.tto.api.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.tto.shared.RuleViolationException.RuleResult;

/**
 * The API's problems in the caller's language ({@code Accept-Language}, one of the six the pages speak): the
 * {@code title} of every kind of problem; the {@code detail} as its fixed sentence or named business rule says it in
 * that language, else as the kind of problem says it, with the English sentence that names the caller's data (an id,
 * a field) kept in {@code detailInEnglish}. {@code type} and the field names never change, so clients keep reading
 * them.
 */
@RestControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {

    private static final String TYPES = "https://tto.example.org/problems/";
    /** The fixed English details and their keys. */
    private static final Map<String, String> DETAILS = Map.of(
            "The request has invalid fields.", "problem.detail.invalid-fields",
            "The request has invalid parameters.", "problem.detail.invalid-parameters",
            "The request has invalid values.", "problem.detail.invalid-values",
            "Your role may not do this.", "problem.detail.role",
            "Something went wrong on our side; it has been logged.", "problem.detail.internal",
            "The record was changed by someone else since you read it; reload it and try again.",
            "problem.detail.concurrent",
            "The database cannot be reached just now; nothing was changed. Try again in a few seconds.",
            "problem.detail.unavailable");

    private final MessageSource messages;

    public ProblemLanguage(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            translate(problem, LocaleContextHolder.getLocale());
        }
        return body;
    }

    void translate(ProblemDetail problem, Locale locale) {
        if (Languages.of(locale) == Languages.ENGLISH) {
            return;
        }
        URI type = problem.getType();
        if (type != null && type.toString().startsWith(TYPES)) {
            String slug = type.toString().substring(TYPES.length());
            problem.setTitle(messages.getMessage("problem." + slug, null, problem.getTitle(), locale));
        }
        String detail = problem.getDetail();
        if (detail == null) {
            return;
        }
        String key = DETAILS.get(detail);
        String translated = key == null ? null : messages.getMessage(key, null, null, locale);
        if (translated == null && problem.getProperties() != null
                && problem.getProperties().get("rules") instanceof List<?> rules && !rules.isEmpty()
                && rules.get(0) instanceof RuleResult rule) {
            translated = messages.getMessage("rule." + rule.rule(), null, null, locale);
        }
        if (translated == null && type != null && type.toString().startsWith(TYPES)) {
            // a sentence that names the caller's data (an id, a field, an amount): the kind of problem in the
            // caller's language, the sentence itself kept beside it
            translated = messages.getMessage("problem.detail.type." + type.toString().substring(TYPES.length()),
                    null, null, locale);
            if (translated != null) {
                problem.setProperty("detailInEnglish", detail);
            }
        }
        if (translated != null) {
            problem.setDetail(translated);
        }
    }
}
