package org.tto.shared;

import java.util.Optional;

/**
 * Somebody else changed the same record, or completed the same step, at the same moment, and won. The caller's
 * change was not made; the message says what won so that they can reload and decide again. Answered as 409.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String rule;
    private final Long currentVersion;

    public ConcurrentChangeException(String rule, String message) {
        this(rule, message, (Long) null);
    }

    public ConcurrentChangeException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.currentVersion = null;
    }

    /** An edit based on a version that is no longer current; {@code currentVersion} is the one to reload. */
    public ConcurrentChangeException(String rule, String message, Long currentVersion) {
        super(message);
        this.rule = rule;
        this.currentVersion = currentVersion;
    }

    /** Whether someone else's edit won: the record's version now, when the conflict is about a version. */
    public Optional<Long> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    /** Refuses an edit made on {@code read} of a record now at {@code current}. */
    public static void requireCurrent(String what, long current, Long read) {
        if (read != null && read != current) {
            throw new ConcurrentChangeException(what + ".version", "The " + what + " was changed by someone else "
                    + "since you read it (you read version " + read + ", it is now at version " + current
                    + "); reload it, then make your change again.", current);
        }
    }

    /** A stable id of what collided, e.g. {@code task.completed}. */
    public String rule() {
        return rule;
    }
}
