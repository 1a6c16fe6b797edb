package org.tto.docketing;

/** The date a rule counts its months from. */
public enum AnchorKind {
    /** The earliest priority date claimed, or the filing date when none is claimed. */
    PRIORITY_DATE,
    /** The filing date of the application itself. */
    FILING_DATE
}
