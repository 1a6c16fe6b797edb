package org.tto.api.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}, in place of Spring Boot's default JSON): whatever reached it — a
 * filter's {@code sendError} (the engine webapps' CSRF refusal), an exception no handler answered, a request the
 * container refused — answers an RFC 9457 problem with a stable {@code type}, whatever the caller accepts.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ObjectMapper json;

    ProblemErrorController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError()) {
            log.error("Unhandled failure answered by the error page",
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (response.isCommitted()) {
            return null;
        }
        response.resetBuffer();
        if (isPage(request)) {
            return PageErrors.page(pageStatus(status), null);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status));
        return null;
    }

    /** Which answers are pages: a browser's request (it accepts HTML) for anything but the APIs. */
    static boolean isPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        String context = request.getContextPath();
        if (path.startsWith(context)) {
            path = path.substring(context.length());
        }
        for (String api : API_PATHS) {
            if (path.equals(api) || path.startsWith(api + "/")) {
                return false;
            }
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static final List<String> API_PATHS = List.of("/api", "/engine-rest", "/camunda",
            "/actuator", "/v3");

    /** The statuses the error page has words for; any other is said as the nearest of them. */
    static HttpStatus pageStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, TOO_MANY_REQUESTS,
                    INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE -> status;
            default -> status.is5xxServerError() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        };
    }

    static ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setType(ProblemTypes.forStatus(status.value()));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused: its address, path or headers are malformed.";
            case UNAUTHORIZED -> "Sign in (HTTP Basic with a local user, or a bearer token from the identity "
                    + "provider).";
            case FORBIDDEN -> "The request was refused (a missing or wrong CSRF token, or a role that may not do "
                    + "this).";
            case NOT_FOUND -> "Nothing is here.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
                    : "The request was refused.";
        };
    }
}
