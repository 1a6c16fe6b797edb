package org.tto.shared;

import java.time.LocalDate;

/**
 * The dates a field may hold, by what the date means. One definition for every request and every import: nothing is
 * dated before 1900; a past event may be decades old but not in the future; what is recorded as it happens (a
 * receipt, an interaction, a signature) is not more than a month ahead; a publication may be planned a few years
 * ahead; what is scheduled (a due date, an expiry, the end of a licence) may lie up to a century ahead.
 */
public enum DateRange {
    /** Happened already, possibly long ago: a filing, a priority date (a day of slack for time zones). */
    PAST(0, 0, 1),
    /** Recorded as it happens: a receipt, an interaction, a cost, a signature, an execution, a fulfilment. */
    RECORDED(0, 0, 31),
    /** A public disclosure: past, or planned (a talk, a paper) up to five years ahead. */
    PUBLICATION(5, 0, 0),
    /** Scheduled: a due date, an expiry, a licence's term, a policy's start. */
    SCHEDULED(100, 0, 0);

    /** No date of this system lies before it. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final int yearsAhead;
    private final int monthsAhead;
    private final int daysAhead;

    DateRange(int yearsAhead, int monthsAhead, int daysAhead) {
        this.yearsAhead = yearsAhead;
        this.monthsAhead = monthsAhead;
        this.daysAhead = daysAhead;
    }

    public LocalDate earliest() {
        return EARLIEST;
    }

    public LocalDate latest(LocalDate today) {
        return today.plusYears(yearsAhead).plusMonths(monthsAhead).plusDays(daysAhead);
    }

    public boolean contains(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
    }

    /** The date, or a refusal naming {@code field} that says which dates it may be. */
    public LocalDate require(String field, LocalDate date, LocalDate today) {
        if (date != null && !contains(date, today)) {
            throw new InvalidInputException(field, describe(today));
        }
        return date;
    }

    /** "must be a date from 1900-01-01 to …" */
    public String describe(LocalDate today) {
        return "must be a date from " + EARLIEST + " to " + latest(today);
    }
}
