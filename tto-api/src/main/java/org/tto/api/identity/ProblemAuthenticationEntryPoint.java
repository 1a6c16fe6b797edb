package org.tto.api.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.tto.api.shared.DatabaseOutage;
import org.tto.api.shared.ProblemResponses;
import org.tto.api.shared.ProblemTypes;

/** 401 and 403 from the security filters, as RFC 9457 problems like every other error of the API. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    public ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.isCause(e)) {
            // the user could not be looked up: an outage, not a wrong password
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Service unavailable",
                    "Your credentials cannot be checked just now: the database cannot be reached. Try again in a "
                    + "few seconds.", request);
            return;
        }
        if (e instanceof ThrottledSignIn.SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_SIGN_INS, "Too many failed sign-ins",
                    "Too many failed sign-ins for this user or from this address: try again in "
                            + throttled.retryAfterSeconds() + " seconds.", request);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"tto\"");
        write(response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                "Sign in (HTTP Basic with a local user, or a bearer token from the identity provider).", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> EndpointRules.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
            write(response, HttpStatus.FORBIDDEN, ProblemTypes.PASSWORD_CHANGE_REQUIRED, "Password change required",
                    "An admin reset your password: choose a new one first (PUT /api/me/password).", request);
            return;
        }
        write(response, HttpStatus.FORBIDDEN, ProblemTypes.ROLE_NOT_PERMITTED, "Forbidden",
                "Your role may not call " + request.getMethod() + " " + request.getRequestURI() + ".", request);
    }

    private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
            HttpServletRequest request) throws IOException {
        ProblemResponses.write(objectMapper, request, response, status, type, title, detail);
    }
}
