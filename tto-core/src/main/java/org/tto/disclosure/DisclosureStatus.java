package org.tto.disclosure;

/** Where a case stands. The last seven are final: the case has ended with that outcome. */
public enum DisclosureStatus {
    AWAITING_TRIAGE,
    AWAITING_INVENTORS,
    IN_ASSESSMENT,
    AWAITING_DECISION,
    RECORDING_FILINGS,
    READY_FOR_COMMERCIALISATION,
    REJECTED,
    TRADE_SECRET,
    COPYRIGHT,
    PUBLISHED_DEFENSIVELY,
    RELEASED_TO_INVENTORS,
    ABANDONED
}
