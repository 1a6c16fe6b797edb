package org.tto.api.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

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
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError()) {
            log.error("Unhandled failure answered by the error page",
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status));
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
