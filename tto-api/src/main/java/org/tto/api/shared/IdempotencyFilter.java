package org.tto.api.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} header on a POST to the API: the first request with a key is processed in one
 * transaction together with the storing of its answer; a repeat by the same user within a day gets that answer back
 * (with {@code Idempotent-Replayed: true}) and changes nothing. So a client that lost the answer (a timeout, a 500
 * after the commit, a double click on a form) can safely try again. The same key on a different request is a 422; a
 * repeat while the first is still running is a 409. Only successful answers are kept: a refused request may be
 * corrected and sent again with the same key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
    private static final int BODY_LIMIT = 12_000;
    private static final int REQUEST_LIMIT = 2 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    private record Stored(String fingerprint, int status, String contentType, String location, String body) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid Idempotency-Key",
                    "An Idempotency-Key is 8 to 100 letters, digits, '.', '_', ':' or '-' (a UUID will do).");
            return;
        }
        if (who == null || !who.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(REQUEST_LIMIT + 1);
        if (body.length > REQUEST_LIMIT) {
            problem(response, request, HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.VALIDATION, "Request too large",
                    "A request with an Idempotency-Key may carry at most 2 MB.");
            return;
        }
        String fingerprint = fingerprint(request, body);
        String username = who.getName();
        Stored earlier = find(username, key);
        if (earlier != null) {
            if (!earlier.fingerprint().equals(fingerprint)) {
                problem(response, request, HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency-Key reused", "This Idempotency-Key was used for a different request in the "
                        + "last 24 hours; use a new key for a new request.");
            } else {
                replay(response, earlier);
            }
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        HttpServletRequest replayable = new BodyRequest(request, body);
        try {
            transaction.executeWithoutResult(tx -> {
                try {
                    chain.doFilter(replayable, answer);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (answer.getStatus() / 100 == 2) {
                    store(username, key, request, fingerprint, answer);
                } else {
                    tx.setRollbackOnly();
                }
            });
        } catch (DataIntegrityViolationException concurrentTwin) {
            answer.resetBuffer();
            problem(answer, request, HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_UPDATE, "Request in progress",
                    "A request with this Idempotency-Key was being processed at the same moment; nothing was done "
                    + "twice. Repeat the request to get its answer.");
        }
        answer.copyBodyToResponse();
    }

    /** Drops the keys older than a day (every node; each row is deleted once). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldKeys() {
        jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }

    private Stored find(String username, String key) {
        List<Stored> rows = jdbc.query("SELECT fingerprint, status, content_type, location, body FROM idempotency_key"
                + " WHERE username = ? AND idem_key = ? AND created_at >= ?", (row, n) -> new Stored(
                        row.getString("fingerprint"), row.getInt("status"), row.getString("content_type"),
                        row.getString("location"), row.getString("body")),
                username, key, Timestamp.from(clock.instant().minus(KEPT)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void store(String username, String key, HttpServletRequest request, String fingerprint,
            ContentCachingResponseWrapper answer) {
        String body = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idem_key = ? AND created_at < ?", username,
                key, Timestamp.from(clock.instant().minus(KEPT)));
        jdbc.update("INSERT INTO idempotency_key (username, idem_key, method, path, fingerprint, status, content_type,"
                + " location, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", username, key,
                request.getMethod(), truncate(request.getRequestURI(), 500), fingerprint, answer.getStatus(),
                truncate(answer.getContentType(), 200), truncate(answer.getHeader(HttpHeaders.LOCATION), 500),
                body.length() > BODY_LIMIT ? null : body, Timestamp.from(clock.instant()));
    }

    /** The first answer again: status, Location and body (a body too large to keep is left out). */
    private static void replay(HttpServletResponse response, Stored earlier) throws IOException {
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED, "true");
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.body() != null && !earlier.body().isEmpty()) {
            response.setContentType(earlier.contentType());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(HttpServletResponse response, HttpServletRequest request, HttpStatus status, URI type,
            String title, String detail) throws IOException {
        ProblemResponses.write(json, request, response, status, type, title, detail);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The request with its body read once, up front, so that it can be fingerprinted and then processed. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
