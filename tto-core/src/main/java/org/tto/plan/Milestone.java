package org.tto.plan;

/**
 * A programme milestone an action item can stand for, so that the programme's indicators count it: indicator 2
 * counts the institutions whose IP_POLICY_ADOPTED item is done, with evidence.
 */
public enum Milestone {
    IP_POLICY_ADOPTED
}
