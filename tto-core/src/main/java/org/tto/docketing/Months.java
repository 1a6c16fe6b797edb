package org.tto.docketing;

import java.time.LocalDate;

/**
 * Calendar-month arithmetic as patent law counts it (PCT Rule 80.2, EPC Rule 131(4), Paris Convention Art. 4C): the
 * period ends in the later month on the day with the same number as the anchor day; when that month has no such day,
 * on its last day (31 January + 1 month = 28 February, or 29 February in a leap year).
 */
public final class Months {

    private Months() {}

    public static LocalDate add(LocalDate anchor, int months) {
        if (anchor == null) {
            throw new IllegalArgumentException("anchor date is required");
        }
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative, was " + months);
        }
        // LocalDate.plusMonths keeps the day of month and clamps it to the month's last day: exactly the rule above.
        return anchor.plusMonths(months);
    }
}
