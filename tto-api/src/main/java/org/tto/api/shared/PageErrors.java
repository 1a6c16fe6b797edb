package org.tto.api.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * What a page answers when something is refused: an HTML page in the user's language with the status, what happened
 * and where to go on — never a stack trace. A record out of the user's scope is "not found", as in the API.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    public PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, null);
    }

    /** A rule of the record's current state: said in the user's language where the rule has a message. */
    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleViolation(RuleViolationException e) {
        return page(HttpStatus.CONFLICT, ruleMessage(messages, e));
    }

    @ExceptionHandler({ConcurrentChangeException.class, OptimisticLockingFailureException.class})
    ModelAndView concurrentChange() {
        return page(HttpStatus.CONFLICT, messages.getMessage("error.concurrent", null, locale()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, e.key() == null ? e.getMessage()
                : messages.getMessage(e.key(), e.arguments(), e.getMessage(), locale()));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        if (e instanceof AuthenticationException) {
            // signed in, but no longer a user of the directory (disabled meanwhile): sign in again
            return new ModelAndView("redirect:/login?error");
        }
        if (e instanceof ErrorResponse refused) {
            // Spring MVC's own refusals: a wrong method, a missing parameter, a body it cannot read
            HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
            return page(status == null ? HttpStatus.BAD_REQUEST : ProblemErrorController.pageStatus(status), null);
        }
        if (e instanceof TypeMismatchException) {
            return page(HttpStatus.BAD_REQUEST, null);
        }
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            return page(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        log.error("Unexpected failure on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    /**
     * The first failed rule's message in the user's language ({@code rule.<id>} in the bundles), else the rule's own
     * English sentence.
     */
    public static String ruleMessage(MessageSource messages, RuleViolationException e) {
        return e.results().stream().filter(r -> !r.passed()).findFirst()
                .map(r -> messages.getMessage("rule." + r.rule(), null, r.message(), locale()))
                .orElse(e.getMessage());
    }

    /** The error page: its status, and optionally what exactly was refused. */
    public static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("shared/error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
