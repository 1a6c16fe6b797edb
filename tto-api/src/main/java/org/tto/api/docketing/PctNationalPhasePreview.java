package org.tto.api.docketing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tto.docketing.ComputedDeadline;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctOffice;

/** The national/regional phase entry deadline at one office, for a priority date, with its trace. */
@Schema(description = "National/regional phase entry at one designated/elected office, counted from the priority "
        + "date. 'extended' is present only where the office grants a longer limit on a fee or request (e.g. CN 32, "
        + "CA 42 months); its conditions are in its legalBasis.")
record PctNationalPhasePreview(
        @Schema(example = "EP") String office,
        @Schema(example = "European Patent Organisation") String officeName,
        @Schema(description = "WIPO_TABLE: read from WIPO's table; SECONDARY: national or secondary sources, "
                + "because WIPO's row could not be read (check before relying on it)") String provenance,
        @Schema(description = "Where the figure comes from") String source,
        PctChapter chapter,
        LocalDate priorityDate,
        @Schema(example = "31") int months,
        LocalDate dueDate,
        @Schema(example = "PCT-NP-EP-I") String ruleId,
        String legalBasis,
        DeadlineTrace trace,
        @Schema(nullable = true) ExtendedLimit extended) {

    static PctNationalPhasePreview of(PctOffice office, PctChapter chapter, LocalDate priorityDate,
            List<ComputedDeadline> deadlines) {
        ComputedDeadline ordinary = deadlines.get(0);
        ExtendedLimit extended = deadlines.size() > 1 ? ExtendedLimit.of(deadlines.get(1)) : null;
        return new PctNationalPhasePreview(office.code(), office.name(), office.provenance().name(), office.source(),
                chapter, priorityDate, ordinary.months(), ordinary.dueDate(), ordinary.ruleId(), ordinary.legalBasis(),
                DeadlineTrace.of(ordinary), extended);
    }

    /** The longer limit an office grants on a fee or request, beside its ordinary one. */
    @Schema(description = "The longer limit on a fee or request; its conditions are in legalBasis")
    record ExtendedLimit(@Schema(example = "32") int months, LocalDate dueDate,
            @Schema(example = "PCT-NP-CN-I-EXT") String ruleId, String legalBasis, DeadlineTrace trace) {

        static ExtendedLimit of(ComputedDeadline deadline) {
            return new ExtendedLimit(deadline.months(), deadline.dueDate(), deadline.ruleId(), deadline.legalBasis(),
                    DeadlineTrace.of(deadline));
        }
    }
}
