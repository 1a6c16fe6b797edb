package org.tto.training;

/** When a participant's survey was taken: at the end of the event, or at the six-month follow-up. */
public enum ResponseKind {
    /** Overall satisfaction 1 to 5, and any item scores. */
    END_OF_EVENT,
    /** Whether the participant applies the skills, about six months after the event. */
    FOLLOW_UP
}
