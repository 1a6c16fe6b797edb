package org.tto.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads a remembered sign-in is checked with on every request, each one indexed row, in plain SQL outside any
 * transaction (they are the hot path of every API call).
 */
@Component
public class CredentialChecks {

    private final JdbcTemplate jdbc;

    public CredentialChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The credential version of an enabled user (unique index on the user name); empty when unknown or disabled. */
    public Optional<Long> versionOfEnabled(String username) {
        List<Long> versions = jdbc.queryForList(
                "select credential_version from app_user where username = ? and enabled = ?", Long.class, username,
                true);
        return versions.stream().findFirst();
    }

    /** Whether the token is unrevoked and its owner enabled (primary keys). */
    public boolean tokenLive(long tokenId) {
        Integer live = jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where t.id = ? and t.revoked_at is null and u.enabled = ?", Integer.class, tokenId, true);
        return live != null && live > 0;
    }
}
