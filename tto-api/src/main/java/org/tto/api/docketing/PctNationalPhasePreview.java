package org.tto.api.docketing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.tto.docketing.ComputedDeadline;
import org.tto.docketing.NationalPhaseEntry;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctOffice;

/** The national/regional phase entry deadline at one office, for a priority date, with its trace. */
@Schema(description = "National/regional phase entry for one designated/elected office, counted from the priority "
        + "date. Where the state closed its national route (nationalRouteClosed), the months, due date and rule are "
        + "those of regionalOffice, the office to enter through. 'extended' is present only where the office entered "
        + "grants a longer limit on a fee or request (e.g. CN 32, CA 42 months, RS 30 months and 30 days); its "
        + "conditions are in its legalBasis. confirmed is false, with unconfirmedReason, where the figure is the PCT "
        + "default because WIPO's guide has none yet.")
record PctNationalPhasePreview(
        @Schema(example = "EP") String office,
        @Schema(example = "European Patent Organisation") String officeName,
        @Schema(description = "WIPO_TABLE: WIPO's table; WIPO_GUIDE: WIPO's PCT Applicant's Guide (the office's "
                + "national chapter summary); PCT_DEFAULT_UNCONFIRMED: the guide has no figure yet, the PCT default "
                + "is shown", example = "WIPO_TABLE") String provenance,
        @Schema(description = "Where the figure comes from") String source,
        @Schema(description = "The office's chapter of WIPO's guide", nullable = true) String address,
        boolean nationalRouteClosed,
        @Schema(description = "The regional office to enter through, when the national route is closed",
                example = "EP", nullable = true) String regionalOffice,
        @Schema(nullable = true) String regionalOfficeName,
        @Schema(description = "A second route of a closed state (LI: CH)", nullable = true) String alternativeRoute,
        @Schema(description = "How to enter, in words", example = "The national route of FR is closed: enter "
                + "through EP (European Patent Organisation), 31 months from the priority date.") String route,
        boolean confirmed,
        @Schema(nullable = true) String unconfirmedReason,
        @Schema(description = "What the figures leave out (e.g. a discretionary extension)", nullable = true)
        String note,
        PctChapter chapter,
        LocalDate priorityDate,
        @Schema(example = "31") int months,
        LocalDate dueDate,
        @Schema(example = "PCT-NP-EP-I") String ruleId,
        String legalBasis,
        DeadlineTrace trace,
        @Schema(nullable = true) ExtendedLimit extended) {

    static PctNationalPhasePreview of(NationalPhaseEntry entry, PctChapter chapter, LocalDate priorityDate) {
        PctOffice office = entry.designated();
        PctOffice route = entry.route();
        ComputedDeadline ordinary = entry.ordinary();
        ExtendedLimit extended = entry.deadlines().size() > 1 ? ExtendedLimit.of(entry.deadlines().get(1)) : null;
        return new PctNationalPhasePreview(office.code(), office.name(), office.provenance().name(), office.source(),
                office.address().orElse(null), entry.nationalRouteClosed(),
                entry.nationalRouteClosed() ? route.code() : null,
                entry.nationalRouteClosed() ? route.name() : null, office.alternativeRoute().orElse(null),
                routeInWords(entry), ordinary.confirmed(), ordinary.unconfirmedReason(),
                route.note().orElse(null), chapter, priorityDate, ordinary.months(), ordinary.dueDate(),
                ordinary.ruleId(), ordinary.legalBasis(), DeadlineTrace.of(ordinary), extended);
    }

    private static String routeInWords(NationalPhaseEntry entry) {
        ComputedDeadline ordinary = entry.ordinary();
        String limit = ordinary.months() + " months" + (ordinary.days() == 0 ? "" : " and " + ordinary.days()
                + " days") + " from the priority date";
        if (!entry.nationalRouteClosed()) {
            return "Enter at " + entry.route().code() + " (" + entry.route().name() + "), " + limit + ".";
        }
        return "The national route of " + entry.designated().code() + " is closed: enter through "
                + entry.route().code() + " (" + entry.route().name() + ")"
                + entry.designated().alternativeRoute().map(other -> " or " + other).orElse("") + ", " + limit + ".";
    }

    /** The longer limit an office grants on a fee or request, beside its ordinary one. */
    @Schema(description = "The longer limit on a fee or request; its conditions are in legalBasis")
    record ExtendedLimit(@Schema(example = "32") int months, @Schema(example = "0") int days, LocalDate dueDate,
            @Schema(example = "PCT-NP-CN-I-EXT") String ruleId, String legalBasis, DeadlineTrace trace) {

        static ExtendedLimit of(ComputedDeadline deadline) {
            return new ExtendedLimit(deadline.months(), deadline.days(), deadline.dueDate(), deadline.ruleId(),
                    deadline.legalBasis(), DeadlineTrace.of(deadline));
        }
    }
}
