package org.tto.api.docketing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tto.docketing.ComputedDeadline;

/** How a due date was computed: rule, legal basis, anchor date, raw date, each move off a closed day, final date. */
@Schema(description = "How the due date was computed: the rule and its legal basis, the anchor date it counts from, "
        + "the months (clamped to the month's end) and days added, the raw date, each move to the next day with the "
        + "reason the office was closed (PCT Rule 80.5), the final due date, and the same as lines in 'steps'. "
        + "confirmed is false where the figure is the PCT default the source does not confirm (unconfirmedReason).")
record DeadlineTrace(String ruleId, String title, String legalBasis, String office,
        @Schema(example = "PRIORITY_DATE") String anchorKind, LocalDate anchorDate, int months,
        @Schema(example = "0") int days, LocalDate rawDate, List<RollStep> rolls, LocalDate dueDate, boolean confirmed,
        @Schema(nullable = true) String unconfirmedReason, List<String> steps) {

    static DeadlineTrace of(ComputedDeadline deadline) {
        return new DeadlineTrace(deadline.ruleId(), deadline.title(), deadline.legalBasis(), deadline.office(),
                deadline.anchorKind(), deadline.anchorDate(), deadline.months(), deadline.days(), deadline.rawDate(),
                deadline.rolls().stream().map(roll -> new RollStep(roll.from(), roll.to(), roll.reason())).toList(),
                deadline.dueDate(), deadline.confirmed(), deadline.unconfirmedReason(), deadline.steps());
    }

    /** One day passed over: the office was closed on {@code from} for {@code reason}. */
    record RollStep(LocalDate from, LocalDate to, @Schema(example = "EP closed: Good Friday") String reason) {}
}
