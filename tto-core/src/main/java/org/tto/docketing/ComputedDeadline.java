package org.tto.docketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline and how it was computed: which rule, on what legal basis, counted from which anchor date, the raw date
 * the month (and day) arithmetic gave, each move to a later day and why, and the final due date; whether the rule's
 * figure is confirmed by its source and, if not, why.
 *
 * @param office             the office the deadline is owed to (WIPO ST.3 code), or null when none in particular
 * @param anchorKind         what the rule counts from, e.g. PRIORITY_DATE, FILING_DATE
 * @param months             the rule's offset in months
 * @param days               the rule's further offset in days, counted after the months (0 for most rules)
 * @param confirmed          false where the figure is a default the source does not confirm (see the reason)
 * @param unconfirmedReason  why the figure is not confirmed, or null when it is
 */
public record ComputedDeadline(String ruleId, String title, String legalBasis, String office, String anchorKind,
        LocalDate anchorDate, int months, int days, LocalDate rawDate, List<Roll> rolls, LocalDate dueDate,
        boolean confirmed, String unconfirmedReason) {

    public ComputedDeadline {
        rolls = List.copyOf(rolls);
        if (confirmed != (unconfirmedReason == null)) {
            throw new IllegalArgumentException("an unconfirmed deadline needs its reason, a confirmed one has none");
        }
    }

    /** A confirmed deadline counted in whole months. */
    public ComputedDeadline(String ruleId, String title, String legalBasis, String office, String anchorKind,
            LocalDate anchorDate, int months, LocalDate rawDate, List<Roll> rolls, LocalDate dueDate) {
        this(ruleId, title, legalBasis, office, anchorKind, anchorDate, months, 0, rawDate, rolls, dueDate, true,
                null);
    }

    /** The same deadline, marked unconfirmed for that reason. */
    public ComputedDeadline unconfirmed(String reason) {
        return new ComputedDeadline(ruleId, title, legalBasis, office, anchorKind, anchorDate, months, days, rawDate,
                rolls, dueDate, false, reason);
    }

    /**
     * The calculation, one line a step: the rule, the anchor, the months (saying when the month's end clamped the
     * day), the days, each roll over a closed day, the due date.
     */
    public List<String> steps() {
        List<String> steps = new ArrayList<>();
        steps.add("Rule " + ruleId + ": " + title);
        steps.add("Anchor " + anchorKind + ": " + anchorDate);
        LocalDate afterMonths = Months.add(anchorDate, months);
        steps.add("+ " + months + (months == 1 ? " month" : " months") + " = " + afterMonths
                + (afterMonths.getDayOfMonth() != anchorDate.getDayOfMonth()
                        ? " (day " + anchorDate.getDayOfMonth() + " does not exist in that month: its last day)"
                        : ""));
        if (days != 0) {
            steps.add("+ " + days + (days == 1 ? " day" : " days") + " = " + afterMonths.plusDays(days));
        }
        for (Roll roll : rolls) {
            steps.add(roll.from() + " closed (" + roll.reason() + "): moved to " + roll.to());
        }
        steps.add("Due " + dueDate + (confirmed ? "" : " (unconfirmed: " + unconfirmedReason + ")"));
        return List.copyOf(steps);
    }

    /** One move of the date: from a day the office is closed to the next day, with the reason. */
    public record Roll(LocalDate from, LocalDate to, String reason) {}
}
