package org.tto.api.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after a few failed sign-ins for one user name, or many from one address, further
 * attempts for that name (from that address) are refused with 429 for a while, and the while doubles with each
 * failure after it, up to a quarter of an hour. A success clears the user name's count; other user names are not
 * affected. Kept in the node's memory: each node counts its own.
 */
public class SignInThrottle {

    /** Failures allowed for one user name before it is slowed down. */
    static final int FREE_PER_USER = 5;
    /** Failures allowed from one address (any user names) before it is slowed down. */
    static final int FREE_PER_ADDRESS = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant blockedUntil) {}

    private final Clock clock;
    private final Cache<String, Failures> byUser = cache();
    private final Cache<String, Failures> byAddress = cache();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private static Cache<String, Failures> cache() {
        return Caffeine.newBuilder().expireAfterWrite(FORGOTTEN_AFTER).maximumSize(100_000).build();
    }

    /** How long this user name (may be null) from this address must still wait, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Failures failures : new Failures[] {username == null ? null : byUser.getIfPresent(key(username)),
                address == null ? null : byAddress.getIfPresent(address)}) {
            if (failures != null && failures.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, failures.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (username != null) {
            byUser.asMap().compute(key(username), (k, f) -> next(f, FREE_PER_USER, now));
        }
        if (address != null) {
            byAddress.asMap().compute(address, (k, f) -> next(f, FREE_PER_ADDRESS, now));
        }
    }

    public void succeeded(String username) {
        if (username != null) {
            byUser.invalidate(key(username));
        }
    }

    private static Failures next(Failures previous, int free, Instant now) {
        int count = previous == null ? 1 : previous.count() + 1;
        if (count < free) {
            return new Failures(count, Instant.MIN);
        }
        int doublings = Math.min(count - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return new Failures(count, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
