package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsTest {

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
            "2026-01-31, 1, 2026-02-28", // no 31 February: the month's last day
            "2028-01-31, 1, 2028-02-29", // leap year
            "2100-01-31, 1, 2100-02-28", // divisible by 100, not by 400: no leap year
            "2000-01-31, 1, 2000-02-29", // divisible by 400: leap year
            "2024-02-29, 12, 2025-02-28", // from 29 February into a common year
            "2024-02-29, 48, 2028-02-29", // ... and into the next leap year
            "2026-02-28, 1, 2026-03-28", // the same day number, not the month's end
            "2026-03-31, 1, 2026-04-30", // 31 into a 30-day month
            "2026-04-30, 1, 2026-05-30", // 30 into a 31-day month stays 30
            "2025-08-31, 30, 2028-02-29", // 30 months from priority into a leap February
            "2026-05-15, 0, 2026-05-15"})
    void addsCalendarMonthsAndClampsToTheMonthsEnd(LocalDate anchor, int months, LocalDate expected) {
        assertThat(Months.add(anchor, months)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeMonthsAndAMissingAnchor() {
        assertThatThrownBy(() -> Months.add(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Months.add(null, 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
