package org.tto.shared;

import java.util.List;

/**
 * A command that is well-formed but breaks a business rule in the record's current state (an illegal transition,
 * a broken invariant). Each violated rule is named so the caller can tell which one to satisfy.
 */
public class RuleViolationException extends RuntimeException {

    private final List<RuleResult> results;

    public RuleViolationException(String message, List<RuleResult> results) {
        super(message);
        this.results = List.copyOf(results);
    }

    public RuleViolationException(String rule, String message) {
        this(message, List.of(new RuleResult(rule, false, message)));
    }

    public List<RuleResult> results() {
        return results;
    }

    /** One rule checked: its id, whether it passed, and what it says. */
    public record RuleResult(String rule, boolean passed, String message) {}
}
