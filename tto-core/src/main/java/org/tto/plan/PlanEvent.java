package org.tto.plan;

/**
 * What can happen to a plan. Most events are commands a coordinator sends; {@link #CHECKPOINT_FAILED} is sent only by
 * a reviewer's fail verdict, which also plans the remediation.
 */
public enum PlanEvent {
    COMPLETE_ASSESSMENT,
    DRAFT_ACTION_PLAN,
    APPROVE_ACTION_PLAN,
    START_IMPLEMENTATION,
    DECLARE_OPERATIONAL,
    CHECKPOINT_FAILED,
    RECOVER,
    DECLARE_SUSTAINABLE,
    SUSPEND,
    RESUME,
    CLOSE;

    /** Whether a coordinator may send this event as a command (rather than a verdict sending it). */
    public boolean isCommand() {
        return this != CHECKPOINT_FAILED;
    }
}
