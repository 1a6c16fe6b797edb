package org.tto.docketing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The days an office is closed: every Saturday and Sunday, and its configured closure days (each with a reason). An
 * office of null means no office in particular: only weekends count.
 */
public record OfficeCalendar(String office, Map<LocalDate, String> closures) {

    public OfficeCalendar {
        closures = Map.copyOf(closures);
    }

    public static OfficeCalendar weekendsOnly(String office) {
        return new OfficeCalendar(office, Map.of());
    }

    /** Why the office is closed on that day, or empty on a working day. */
    public Optional<String> reasonClosed(LocalDate day) {
        String closure = closures.get(day);
        if (closure != null) {
            return Optional.of((office == null ? "office" : office) + " closed: " + closure);
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return Optional.of(weekday == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        return Optional.empty();
    }
}
