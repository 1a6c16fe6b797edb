package org.tto.startup;

/** Where a start-up's business plan stands. */
public enum PlanStatus {
    /** Recorded or revised, awaiting the director's review. */
    SUBMITTED,
    /** The director asked the officers to revise it. */
    REVISION_REQUESTED,
    APPROVED,
    DECLINED
}
