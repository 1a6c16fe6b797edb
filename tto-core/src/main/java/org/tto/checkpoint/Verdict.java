package org.tto.checkpoint;

/** A reviewer's judgement of a sustainability checkpoint. */
public enum Verdict {
    PASS,
    /** Passed, under conditions with due dates. */
    CONDITIONAL,
    /** Failed, with reasons: the plan goes at risk with remediation items. */
    FAIL
}
