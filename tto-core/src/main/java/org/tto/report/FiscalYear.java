package org.tto.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * One fiscal year of an institution: twelve months from its start day, both ends inclusive. A fiscal year is named by
 * the calendar year its last day falls in, as AUTM names survey years: with a 1 July start, FY2026 runs from
 * 1 July 2025 to 30 June 2026; with a 1 January start, FY2026 is the calendar year 2026.
 *
 * @param year  the label
 * @param start the first day
 * @param end   the last day
 */
public record FiscalYear(int year, LocalDate start, LocalDate end) {

    /** The fiscal year {@code year} of an institution whose fiscal years start on {@code startMonth}/{@code startDay}. */
    public static FiscalYear of(int year, int startMonth, int startDay) {
        MonthDay startsOn = startDay(startMonth, startDay);
        // the start in the label's own calendar year; its year ends in the next calendar year unless it starts 1 Jan
        LocalDate sameYear = startsOn.atYear(year);
        LocalDate start = sameYear.getDayOfYear() == 1 ? sameYear : sameYear.minusYears(1);
        return new FiscalYear(year, start, start.plusYears(1).minusDays(1));
    }

    /** The fiscal year a date falls in. */
    public static FiscalYear containing(LocalDate date, int startMonth, int startDay) {
        FiscalYear candidate = of(date.getYear(), startMonth, startDay);
        return date.isAfter(candidate.end()) ? of(date.getYear() + 1, startMonth, startDay) : candidate;
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return "FY" + year + " (" + start + " to " + end + ")";
    }

    private static MonthDay startDay(int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(false)) {
            throw new IllegalArgumentException("A fiscal year starts on a day that exists every year, not " + month
                    + "/" + day + ".");
        }
        return MonthDay.of(month, day);
    }
}
