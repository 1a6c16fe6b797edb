package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Computes deadlines from the docketing rules (tables loaded by migrations, each rule with its legal basis). Month
 * arithmetic clamps to the month's end (31 Jan + 1 month = end of February), a rule's days count after its months; a
 * due date on a weekend or a configured closure day of the office rolls forward to the next working day (PCT Rule
 * 80.5), and every roll is in the trace. A figure the source does not confirm says so, with the reason.
 */
public interface DeadlineCalculator {

    /**
     * The deadlines a newly recorded filing opens: e.g. Paris Convention priority for a first filing, the US
     * non-provisional for a US provisional, PCT publication, Chapter II demand and national-phase entry (Chapter I)
     * for each route the target offices are reached by: a state whose national route is closed is entered through its
     * regional office, and a route designated twice (FR and EP) gives one deadline, not two.
     *
     * @param priorityDate   the earliest priority date claimed, or the filing date itself when none is claimed
     * @param targetOffices  offices where national/regional phase entry is intended (for PCT filings); may be empty
     * @throws UnknownOfficeException for a target office not in the table
     */
    List<ComputedDeadline> forFiling(String office, FilingKind kind, LocalDate filingDate, LocalDate priorityDate,
            Set<String> targetOffices);

    /**
     * National/regional phase entry for one designated/elected office under PCT Chapter I or II, through its
     * regional office when its national route is closed.
     *
     * @throws UnknownOfficeException for an office not in the table
     */
    NationalPhaseEntry nationalPhaseEntry(String office, LocalDate priorityDate, PctChapter chapter);

    /** The deadlines of {@link #nationalPhaseEntry}: the ordinary limit, then the longer one where there is one. */
    default List<ComputedDeadline> pctNationalPhase(String office, LocalDate priorityDate, PctChapter chapter) {
        return nationalPhaseEntry(office, priorityDate, chapter).deadlines();
    }

    /** One rule applied to an anchor date as the rule stands now, or empty when there is no such rule (any more). */
    Optional<ComputedDeadline> underRule(String ruleId, LocalDate anchorDate);

    /** What a (past or planned) public disclosure on that date does to novelty, given the case's first filing. */
    NoveltyRisk noveltyRisk(LocalDate disclosureDate, LocalDate firstFilingDateOrNull);
}
