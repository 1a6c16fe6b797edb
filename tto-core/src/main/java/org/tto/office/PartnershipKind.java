package org.tto.office;

/** What kind of partnership a TTO has entered into. */
public enum PartnershipKind {
    TWINNING,
    REGIONAL_NETWORK,
    INDUSTRY_ASSOCIATION,
    OTHER
}
