package org.tto.api.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of every answer: the one the user chose (a cookie, set from their profile when they sign in, or by
 * {@code ?lang=} before they have), otherwise the best of the browser's {@code Accept-Language} among the six the
 * pages speak, otherwise English. API callers, who send no cookie, get their {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
public class PageConfig implements WebMvcConfigurer {

    public static final String LANGUAGE_COOKIE = "TTO_LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : Languages.of(locale).locale());
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(PageConfig::fromAcceptLanguage);
        return resolver;
    }

    /** The first of the browser's languages (in its order of preference) that the pages speak. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                var language = Languages.of(wanted.toLanguageTag());
                if (language.isPresent()) {
                    return language.get().locale();
                }
            }
        }
        return Languages.ENGLISH.locale();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameter());
    }

    /** {@code ?lang=fr} on any page switches its language (one the pages speak; anything else is ignored). */
    static final class LanguageParameter implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String tag = request.getParameter("lang");
            if (tag != null && "GET".equals(request.getMethod())) {
                Languages.of(tag).ifPresent(language -> org.springframework.web.servlet.support.RequestContextUtils
                        .getLocaleResolver(request).setLocale(request, response, language.locale()));
            }
            return true;
        }
    }
}
