package org.tto.plan;

/** The capabilities a needs assessment looks at, and every action plan must address. */
public enum CapabilityDimension {
    GOVERNANCE_AND_IP_POLICY,
    STAFFING_AND_SKILLS,
    PROCEDURES,
    FUNDING,
    SERVICES_AND_NETWORKS
}
