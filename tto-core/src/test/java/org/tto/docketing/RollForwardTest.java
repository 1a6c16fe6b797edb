package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tto.docketing.ComputedDeadline.Roll;

class RollForwardTest {

    private static final OfficeCalendar EPO_EASTER_2026 = new OfficeCalendar("EP", Map.of(
            LocalDate.of(2026, 4, 3), "Good Friday",
            LocalDate.of(2026, 4, 6), "Easter Monday"));

    @Test
    void aWorkingDayStays() {
        RollForward.Result result = RollForward.from(LocalDate.of(2026, 4, 2), EPO_EASTER_2026);

        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(result.rolls()).isEmpty();
    }

    @Test
    void aWeekendRollsToMondayOneDayAtATime() {
        RollForward.Result result = RollForward.from(LocalDate.of(2026, 8, 15), OfficeCalendar.weekendsOnly(null));

        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(result.rolls()).containsExactly(
                new Roll(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 16), "Saturday"),
                new Roll(LocalDate.of(2026, 8, 16), LocalDate.of(2026, 8, 17), "Sunday"));
    }

    @Test
    void aClosureDayFollowedByAWeekendAndAnotherClosureDayRollsOverEachWithItsReason() {
        RollForward.Result result = RollForward.from(LocalDate.of(2026, 4, 3), EPO_EASTER_2026);

        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(result.rolls()).containsExactly(
                new Roll(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4), "EP closed: Good Friday"),
                new Roll(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5), "Saturday"),
                new Roll(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), "Sunday"),
                new Roll(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7), "EP closed: Easter Monday"));
    }

    @Test
    void anotherOfficesClosureDoesNotMoveTheDate() {
        RollForward.Result result = RollForward.from(LocalDate.of(2026, 4, 3), OfficeCalendar.weekendsOnly("US"));

        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void anOfficeThatNeverOpensIsADataErrorNotAnEndlessLoop() {
        Map<LocalDate, String> everyDay = new HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            everyDay.put(day, "closed");
        }
        OfficeCalendar neverOpen = new OfficeCalendar("XX", everyDay);

        assertThatThrownBy(() -> RollForward.from(LocalDate.of(2026, 3, 2), neverOpen))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XX");
    }
}
