package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Computes deadlines from the docketing rules (tables loaded by migrations, each rule with its legal basis). Month
 * arithmetic clamps to the month's end (31 Jan + 1 month = end of February); a due date on a weekend or a configured
 * closure day of the office rolls forward to the next working day (PCT Rule 80.5), and every roll is in the trace.
 */
public interface DeadlineCalculator {

    /**
     * The deadlines a newly recorded filing opens: e.g. Paris Convention priority for a first filing, the US
     * non-provisional for a US provisional, PCT publication, Chapter II demand and national-phase entry in each
     * target office for a PCT application.
     *
     * @param priorityDate   the earliest priority date claimed, or the filing date itself when none is claimed
     * @param targetOffices  offices where national/regional phase entry is intended (for PCT filings); may be empty
     */
    List<ComputedDeadline> forFiling(String office, FilingKind kind, LocalDate filingDate, LocalDate priorityDate,
            Set<String> targetOffices);

    /**
     * National/regional phase entry at one designated office under PCT Chapter I or II: the office's own limit in
     * months from the priority date and, where WIPO's table gives a longer limit on a fee or request, that one too.
     *
     * @throws IllegalArgumentException for an office not in the table
     */
    List<ComputedDeadline> pctNationalPhase(String office, LocalDate priorityDate, PctChapter chapter);

    /** What a (past or planned) public disclosure on that date does to novelty, given the case's first filing. */
    NoveltyRisk noveltyRisk(LocalDate disclosureDate, LocalDate firstFilingDateOrNull);
}
