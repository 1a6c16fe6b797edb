package org.tto.licensing;

/** How often the licensee reports and pays running royalties. */
public enum ReportingPeriod {
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12);

    private final int months;

    ReportingPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
