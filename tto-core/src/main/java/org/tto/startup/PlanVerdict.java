package org.tto.startup;

/** The director's verdict on a start-up's business plan. */
public enum PlanVerdict {
    /** The plan holds: formation goes on. */
    APPROVE,
    /** Back to the officers to revise the plan; the director reviews it again. */
    REVISE,
    /** The institution does not back this start-up: formation is abandoned. */
    DECLINE
}
