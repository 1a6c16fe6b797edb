package org.tto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void aJanuaryFirstStartIsTheCalendarYear() {
        FiscalYear fy = FiscalYear.of(2026, 1, 1);

        assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aYearStartingInJulyIsNamedByTheYearItEndsIn() {
        FiscalYear fy = FiscalYear.of(2026, 7, 1);

        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(fy).hasToString("FY2026 (2025-07-01 to 2026-06-30)");
    }

    @Test
    void aStartOnTheSecondOfJanuaryEndsOnTheFirstOfTheNamedYear() {
        FiscalYear fy = FiscalYear.of(2026, 1, 2);

        assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aYearEndingOnTheLastDayOfFebruaryFollowsLeapYears() {
        assertThat(FiscalYear.of(2024, 3, 1).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FiscalYear.of(2025, 3, 1).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void bothEndsAreInsideAndTheDaysAroundOutside() {
        FiscalYear fy = FiscalYear.of(2026, 10, 1);

        assertThat(fy.contains(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(fy.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(fy.contains(null)).isFalse();
    }

    @Test
    void theYearContainingADayIsFoundOnEitherSideOfTheStart() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 6, 30), 7, 1).year()).isEqualTo(2026);
        assertThat(FiscalYear.containing(LocalDate.of(2026, 7, 1), 7, 1).year()).isEqualTo(2027);
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31), 1, 1).year()).isEqualTo(2026);
    }

    @Test
    void consecutiveYearsTouchWithoutGapOrOverlap() {
        for (int month = 1; month <= 12; month++) {
            FiscalYear one = FiscalYear.of(2030, month, 15);
            FiscalYear next = FiscalYear.of(2031, month, 15);
            assertThat(next.start()).as("month %d", month).isEqualTo(one.end().plusDays(1));
            assertThat(one.end().getYear()).as("month %d", month).isEqualTo(2030);
        }
    }

    @Test
    void aStartThatDoesNotExistEveryYearIsRefused() {
        assertThatThrownBy(() -> FiscalYear.of(2026, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(2026, 4, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(2026, 13, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
