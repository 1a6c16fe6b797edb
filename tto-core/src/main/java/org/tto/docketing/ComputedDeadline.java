package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline and how it was computed: which rule, on what legal basis, counted from which anchor date, the raw date
 * the month arithmetic gave, each move to a later day and why, and the final due date.
 *
 * @param office       the office the deadline is owed to (WIPO ST.3 code), or null when none in particular
 * @param anchorKind   what the rule counts from, e.g. PRIORITY_DATE, FILING_DATE, PUBLIC_DISCLOSURE
 * @param months       the rule's offset in months
 */
public record ComputedDeadline(String ruleId, String title, String legalBasis, String office, String anchorKind,
        LocalDate anchorDate, int months, LocalDate rawDate, List<Roll> rolls, LocalDate dueDate) {

    public ComputedDeadline {
        rolls = List.copyOf(rolls);
    }

    /** One move of the date: from a day the office is closed to the next day, with the reason. */
    public record Roll(LocalDate from, LocalDate to, String reason) {}
}
