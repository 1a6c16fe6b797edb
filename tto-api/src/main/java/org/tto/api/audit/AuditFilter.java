package org.tto.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tto.audit.AuditEntry;
import org.tto.audit.AuditTrail;
import org.tto.identity.Directory;

/**
 * Records every state-changing request (anything but GET, HEAD and OPTIONS) to the API and the engine's REST API in
 * the audit log, after it was answered: accepted, refused (401, 403, 404, 409, 400) or failed. It wraps Spring
 * Security, so refusals by the security filters are recorded too. Each request gets an id ({@code X-Request-Id}, kept
 * from the caller when given), echoed in the response and stored with the entry.
 */
public class AuditFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    static final String PRINCIPAL = AuditFilter.class.getName() + ".principal";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditTrail trail;
    private final Directory directory;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditFilter(AuditTrail trail, Directory directory, ObjectMapper json, Clock clock) {
        this.trail = trail;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request);
        response.setHeader(REQUEST_ID, requestId);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            try {
                trail.record(entry(request, answer, requestId));
            } catch (RuntimeException e) {
                log.error("Could not write the audit entry of request {}", requestId, e);
            }
            answer.copyBodyToResponse();
        }
    }

    private AuditEntry entry(HttpServletRequest request, ContentCachingResponseWrapper answer, String requestId) {
        String username = (String) request.getAttribute(PRINCIPAL);
        String role = null;
        Long institutionId = null;
        if (username != null) {
            var user = directory.user(username);
            role = user.map(u -> u.role().name()).orElse(null);
            institutionId = user.flatMap(u -> u.institution()).map(i -> i.id()).orElse(null);
        } else {
            username = claimedUsername(request);
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = pattern != null ? pattern : request.getRequestURI();
        int status = answer.getStatus();
        return new AuditEntry(clock.instant(), username, role, institutionId, request.getMethod() + " " + path,
                entityType(request.getRequestURI()), entityId(request, answer), summary(answer, status), requestId,
                status);
    }

    /** The record's kind: the resource after /api/ (or engine-rest/...), e.g. {@code disclosures}, {@code tasks}. */
    private static String entityType(String uri) {
        String[] parts = uri.split("/");
        return parts.length > 2 ? parts[1].equals("api") ? parts[2] : parts[1] + "/" + parts[2] : null;
    }

    @SuppressWarnings("unchecked")
    private static String entityId(HttpServletRequest request, ContentCachingResponseWrapper answer) {
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null && !variables.isEmpty()) {
            return variables.values().iterator().next();
        }
        String location = answer.getHeader("Location");
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    /** For a problem, its title and detail; otherwise the status and where a created record lives. */
    private String summary(ContentCachingResponseWrapper answer, int status) {
        String contentType = answer.getContentType();
        if (contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            try {
                JsonNode problem = json.readTree(answer.getContentAsByteArray());
                return status + " " + problem.path("title").asText() + ": " + problem.path("detail").asText();
            } catch (IOException | RuntimeException unreadable) {
                return String.valueOf(status);
            }
        }
        String location = answer.getHeader("Location");
        return location == null ? String.valueOf(status) : status + " created " + location;
    }

    /** The user name a failed sign-in claimed (HTTP Basic), marked as unauthenticated; else "anonymous". */
    private static String claimedUsername(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return "?" + decoded.substring(0, Math.min(colon, 60));
                }
            } catch (IllegalArgumentException notBase64) {
                return "anonymous";
            }
        }
        return "anonymous";
    }

    private static String requestId(HttpServletRequest request) {
        String given = request.getHeader(REQUEST_ID);
        return given != null && given.matches("[A-Za-z0-9._:-]{1,64}") ? given : UUID.randomUUID().toString();
    }
}
