package org.tto.plan;

/** Where an institution's TTO implementation plan stands. */
public enum PlanState {
    NEEDS_ASSESSMENT,
    NEEDS_ASSESSED,
    ACTION_PLAN_DRAFTED,
    ACTION_PLAN_APPROVED,
    IMPLEMENTING,
    OPERATIONAL,
    AT_RISK,
    SUSTAINABLE,
    SUSPENDED,
    CLOSED
}
