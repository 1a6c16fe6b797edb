package org.tto.shared;

/**
 * Somebody else changed the same record, or completed the same step, at the same moment, and won. The caller's
 * change was not made; the message says what won so that they can reload and decide again. Answered as 409.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String rule;

    public ConcurrentChangeException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public ConcurrentChangeException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** A stable id of what collided, e.g. {@code task.completed}. */
    public String rule() {
        return rule;
    }
}
