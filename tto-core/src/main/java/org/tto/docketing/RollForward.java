package org.tto.docketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A time limit that expires on a day the office is closed expires on the next day it is open (PCT Rule 80.5, EPC
 * Rule 134(1), 35 U.S.C. 21(b)). Each day passed over is one roll in the trace, with the reason the office was closed.
 */
public final class RollForward {

    /** No office closes for this long in a row; beyond it the calendar data is wrong. */
    static final int MAX_CLOSED_DAYS = 60;

    private RollForward() {}

    public static Result from(LocalDate raw, OfficeCalendar calendar) {
        List<ComputedDeadline.Roll> rolls = new ArrayList<>();
        LocalDate day = raw;
        for (var reason = calendar.reasonClosed(day); reason.isPresent(); reason = calendar.reasonClosed(day)) {
            if (rolls.size() == MAX_CLOSED_DAYS) {
                throw new IllegalStateException("office " + calendar.office() + " closed for more than "
                        + MAX_CLOSED_DAYS + " days from " + raw + ": check its closure days");
            }
            LocalDate next = day.plusDays(1);
            rolls.add(new ComputedDeadline.Roll(day, next, reason.get()));
            day = next;
        }
        return new Result(day, rolls);
    }

    /** The first working day on or after the raw date, and how it was reached. */
    public record Result(LocalDate dueDate, List<ComputedDeadline.Roll> rolls) {

        public Result {
            rolls = List.copyOf(rolls);
        }
    }
}
