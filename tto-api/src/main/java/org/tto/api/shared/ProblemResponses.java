package org.tto.api.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the filters and handlers that answer before (or
 * around) Spring MVC, so that they answer exactly as {@link ProblemAdvice} does.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, URI type, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
