package org.tto.disclosure;

/** What the director decides to do with an invention. */
public enum ProtectionOutcome {
    FILE_PATENT(null),
    FILE_PROVISIONAL(null),
    TRADE_SECRET(DisclosureStatus.TRADE_SECRET),
    COPYRIGHT(DisclosureStatus.COPYRIGHT),
    PUBLISH_DEFENSIVELY(DisclosureStatus.PUBLISHED_DEFENSIVELY),
    RELEASE_TO_INVENTORS(DisclosureStatus.RELEASED_TO_INVENTORS),
    ABANDON(DisclosureStatus.ABANDONED);

    private final DisclosureStatus finalStatus;

    ProtectionOutcome(DisclosureStatus finalStatus) {
        this.finalStatus = finalStatus;
    }

    /** Filing outcomes continue to filings and docketing; every other outcome ends the case. */
    public boolean leadsToFiling() {
        return finalStatus == null;
    }

    /** The status a non-filing outcome ends the case with. */
    public DisclosureStatus finalStatus() {
        if (finalStatus == null) {
            throw new IllegalStateException(this + " does not end the case");
        }
        return finalStatus;
    }
}
