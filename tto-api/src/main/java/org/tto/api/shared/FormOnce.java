package org.tto.api.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.shared.ConcurrentChangeException;

/**
 * A form that creates something is sent once: each form carries a fresh token, and the first submission of a token
 * records where it led in the same transaction as what it created (beside the API's idempotency keys, kept a day
 * too). The same form sent again — a double click, a reload, the back button — leads to the same place and creates
 * nothing.
 */
@Component
public class FormOnce {

    private static final String PREFIX = "form:";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FormOnce(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token for a new form. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Where the form with this token led, creating it first when it was never sent. {@code create} answers the
     * address of what it made; it runs at most once per user and token.
     */
    @Transactional
    public String once(String username, String token, String path, Supplier<String> create) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new IllegalArgumentException("A form token is required.");
        }
        Optional<String> earlier = sent(username, token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String location = create.get();
        try {
            jdbc.update("INSERT INTO idempotency_key (username, idem_key, method, path, fingerprint, status, "
                    + "location, created_at) VALUES (?, ?, 'POST', ?, '-', 303, ?, ?)", username, PREFIX + token, path,
                    location, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException raced) {
            // the same form sent twice at the same moment: the other submission won; this one's work is undone
            throw new ConcurrentChangeException("form.sent-twice",
                    "This form was sent twice at the same moment; the first one counts.", raced);
        }
        return location;
    }

    private Optional<String> sent(String username, String token) {
        List<String> found = jdbc.queryForList("SELECT location FROM idempotency_key WHERE username = ? AND "
                + "idem_key = ?", String.class, username, PREFIX + token);
        return found.stream().findFirst();
    }
}
