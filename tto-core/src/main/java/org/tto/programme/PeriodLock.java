package org.tto.programme;

import java.time.LocalDate;

/**
 * Whether a country's reporting period is open for writes. A period (a calendar year) approved by a reviewer is
 * locked: every write of a record that feeds the period's indicators calls {@link #requireOpen} first, and a write
 * to a locked period is refused with a 409 problem (a {@code RuleViolationException}, rule {@code period-locked}, naming the
 * period) until a reviewer unlocks it with a reason.
 */
public interface PeriodLock {

    /** Refuses (409, rule {@code period-locked}) when the period of {@code date} in {@code countryCode} is approved. */
    void requireOpen(String countryCode, LocalDate date);

    /** As {@link #requireOpen(String, LocalDate)}, for a whole calendar year. */
    void requireOpen(String countryCode, int year);
}
