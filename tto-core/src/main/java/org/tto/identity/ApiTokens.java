package org.tto.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * Personal API tokens: made by a user for themselves (shown once), listed and revoked by their owner, listed and
 * revoked by admins for anybody; and the bearer token of a request turned back into its owner.
 */
@Service
@Transactional
public class ApiTokens {

    /** Every token starts with this, so a bearer token is told from an identity provider's JWT at a glance. */
    public static final String PREFIX = "tto_";
    static final int MAX_DAYS = 365;
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    public ApiTokens(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A token just made: {@code secret} is the only time the token is seen. */
    public record Issued(ApiToken token, String secret) {}

    public Issued issue(Actor actor, String name, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "Name the token (1 to 100 characters).");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new InvalidInputException("validDays", "A token is valid for 1 to " + MAX_DAYS + " days.");
        }
        AppUser owner = users.findByUsername(actor.username())
                .orElseThrow(() -> new NotFoundException("user", actor.username()));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(owner, name.strip(), sha256(secret), now,
                now.plus(Duration.ofDays(validDays))));
        return new Issued(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine(Actor actor) {
        return tokens.findByOwner(actor.username());
    }

    /** Every token of one user (admins). */
    @Transactional(readOnly = true)
    public List<ApiToken> of(Actor actor, String username) {
        requireAdmin(actor);
        return tokens.findByOwner(username);
    }

    /** Revokes a token: its owner's own, or anybody's for an admin; others' tokens are not found. */
    public ApiToken revoke(Actor actor, long id) {
        ApiToken token = tokens.findWithOwner(id)
                .filter(t -> actor.is(Role.ADMIN) || t.owner().username().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("token", String.valueOf(id)));
        token.revoke(actor.username(), clock.instant());
        return token;
    }

    /** Marks a token used now, unless it was marked less than a minute ago. */
    public void markUsed(long id) {
        Instant now = clock.instant();
        tokens.markUsed(id, now, now.minus(LAST_USED_GRANULARITY));
    }

    /** The enabled owner of a valid (unrevoked, unexpired) token; marks it used. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant stale = now.minus(LAST_USED_GRANULARITY);
        return tokens.findByHash(sha256(secret)).filter(t -> t.validAt(now)).map(t -> {
            if (t.lastUsedAt().map(used -> used.isBefore(stale)).orElse(true)) {
                tokens.markUsed(t.id(), now, stale);
            }
            t.owner().role();
            return t;
        });
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only admins see other users' tokens.");
        }
    }

    /** The SHA-256 of a token, hex: what is stored, and what a node may remember a verified token by. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
