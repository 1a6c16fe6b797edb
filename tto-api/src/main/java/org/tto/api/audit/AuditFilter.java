package org.tto.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tto.api.shared.ProblemResponses;
import org.tto.api.shared.ProblemTypes;
import org.tto.audit.AuditEntry;
import org.tto.audit.AuditTrail;
import org.tto.identity.Directory;

/**
 * Records every state-changing request (anything but GET, HEAD and OPTIONS) to the API, the engine's REST API and the
 * webapps' API in the audit log: accepted, refused (401, 403, 404, 409, 400) or failed. It wraps Spring Security, so
 * refusals by the security filters are recorded too. Each request gets an id ({@code X-Request-Id}, kept from the
 * caller when given), echoed in the response and stored with the entry.
 *
 * <p>A state-changing request runs in one transaction that the services and the engine join: once it is answered,
 * an accepted change's entry is written in that transaction and both commit together (a crash in between loses
 * both, never only the entry); a refused or failed request's work is rolled back and its entry written on its own.
 * When the database cannot be reached the request is refused at once with 503 (and the refusal logged): after one
 * failed attempt, further requests are refused without waiting for a connection for a few seconds.
 */
public class AuditFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    static final String PRINCIPAL = AuditFilter.class.getName() + ".principal";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    /** After the database could not be reached, how long writes are refused without trying again. */
    static final Duration DOWN_FOR = Duration.ofSeconds(5);

    private final AuditTrail trail;
    private final Directory directory;
    private final ObjectMapper json;
    private final Clock clock;
    private final PlatformTransactionManager transactions;
    private volatile Instant downUntil = Instant.MIN;

    public AuditFilter(AuditTrail trail, Directory directory, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.trail = trail;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
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
        TransactionStatus transaction = begin(request, requestId);
        if (transaction == null) {
            unavailable(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean committed = false;
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() < 400 && !transaction.isRollbackOnly()) {
                committed = commit(transaction, request, answer, requestId);
            }
        } finally {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            if (!committed) {
                recordOnItsOwn(request, answer, requestId);
            }
            answer.copyBodyToResponse();
        }
    }

    /** The request's transaction, or null when the database cannot be reached (now, or a moment ago). */
    private TransactionStatus begin(HttpServletRequest request, String requestId) {
        if (clock.instant().isBefore(downUntil)) {
            log.error("Refused {} {} (request {}): the database was unreachable a moment ago; not audited",
                    request.getMethod(), request.getRequestURI(), requestId);
            return null;
        }
        try {
            return transactions.getTransaction(TransactionDefinition.withDefaults());
        } catch (TransactionException unreachable) {
            downUntil = clock.instant().plus(DOWN_FOR);
            log.error("Refused {} {} (request {}): the database is unreachable; not audited", request.getMethod(),
                    request.getRequestURI(), requestId, unreachable);
            return null;
        }
    }

    /** The entry, then the commit of the change with it; false when the commit failed (the answer says so then). */
    private boolean commit(TransactionStatus transaction, HttpServletRequest request,
            ContentCachingResponseWrapper answer, String requestId) throws IOException {
        try {
            trail.recordInTransaction(entry(request, answer, requestId));
            transactions.commit(transaction);
            return true;
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException conflict) {
            log.info("Request {} lost a concurrent update at commit", requestId);
            rewrite(answer, requestId, HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_UPDATE, "Concurrent update",
                    "Somebody else changed this record at the same time; nothing was changed. Reload and retry.",
                    request);
        } catch (RuntimeException failed) {
            log.error("Request {} could not commit", requestId, failed);
            rewrite(answer, requestId, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                    "The change could not be saved; nothing was changed.", request);
        }
        return false;
    }

    private void recordOnItsOwn(HttpServletRequest request, ContentCachingResponseWrapper answer, String requestId) {
        try {
            trail.record(entry(request, answer, requestId));
        } catch (RuntimeException e) {
            log.error("Could not write the audit entry of request {}", requestId, e);
        }
    }

    private void rewrite(ContentCachingResponseWrapper answer, String requestId, HttpStatus status, URI type,
            String title, String detail, HttpServletRequest request) throws IOException {
        answer.reset();
        answer.setHeader(REQUEST_ID, requestId);
        writeProblem(answer, status, type, title, detail, request);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DOWN_FOR.toSeconds()));
        writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Service unavailable",
                "The database cannot be reached; nothing was changed. Try again in a moment.", request);
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
            HttpServletRequest request) throws IOException {
        ProblemResponses.write(json, request, response, status, type, title, detail);
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

    /**
     * The record's kind: the resource after /api/ (or engine-rest/...), e.g. {@code disclosures}, {@code tasks}; after
     * /api/me/ and /api/admin/, the resource that follows ({@code tokens}, {@code users}).
     */
    private static String entityType(String uri) {
        String[] parts = uri.split("/");
        if (parts.length > 3 && parts[1].equals("api") && (parts[2].equals("me") || parts[2].equals("admin"))) {
            return parts[3];
        }
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
