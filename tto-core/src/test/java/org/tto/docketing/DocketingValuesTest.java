package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tto.docketing.ComputedDeadline.Roll;
import org.tto.docketing.PctOffice.Provenance;

/** The docketing values on their own: a rule's days, an office's route and confirmation, a deadline's steps. */
class DocketingValuesTest {

    private static final LocalDate ANCHOR = LocalDate.of(2024, 1, 31);

    @Test
    void aRuleCountsItsDaysAfterItsMonths() {
        DeadlineRule rs = new DeadlineRule("PCT-NP-RS-I-EXT", RuleKind.PCT_NATIONAL_PHASE, "RS longer limit",
                "basis", AnchorKind.PRIORITY_DATE, 30, 30, FilingKind.PCT, "RS", PctChapter.I, true, true);

        assertThat(rs.months()).isEqualTo(30);
        assertThat(rs.days()).isEqualTo(30);
        assertThat(rs.extended()).isTrue();
        assertThat(rs.rollsForward()).isTrue();
        // 31 January 2024 + 30 months = 31 July 2026; + 30 days = 30 August 2026
        assertThat(rs.rawDate(ANCHOR)).isEqualTo(LocalDate.of(2026, 8, 30));
        ComputedDeadline deadline = rs.apply(ANCHOR, OfficeCalendar.weekendsOnly("RS"));
        assertThat(deadline.days()).isEqualTo(30);
        assertThat(deadline.rawDate()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(deadline.confirmed()).isTrue();
        assertThat(deadline.steps()).containsSubsequence("+ 30 months = 2026-07-31", "+ 30 days = 2026-08-30",
                "2026-08-30 closed (Sunday): moved to 2026-08-31", "Due 2026-08-31");
    }

    @Test
    void aRuleWithoutDaysCountsWholeMonthsAndAnEventIsNotRolled() {
        DeadlineRule publication = new DeadlineRule("PCT-PUBLICATION", RuleKind.PCT_PUBLICATION, "Publication", "b",
                AnchorKind.PRIORITY_DATE, 18, FilingKind.PCT, null, null, false, false);

        assertThat(publication.days()).isZero();
        assertThat(publication.extended()).isFalse();
        assertThat(publication.rollsForward()).isFalse();
        assertThat(publication.months()).isEqualTo(18);
        assertThat(publication.rawDate(ANCHOR)).isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void aRuleCountsAtLeastOneMonthAndNoNegativeDays() {
        assertThatThrownBy(() -> new DeadlineRule("X", RuleKind.PCT_DEMAND, "t", "b", AnchorKind.PRIORITY_DATE, 0,
                0, null, null, null, false, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule counts at least one month, was 0");
        assertThatThrownBy(() -> new DeadlineRule("X", RuleKind.PCT_DEMAND, "t", "b", AnchorKind.PRIORITY_DATE, 1,
                -1, null, null, null, false, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule's days must not be negative, was -1");
        assertThat(new DeadlineRule("X", RuleKind.PCT_DEMAND, "t", "b", AnchorKind.PRIORITY_DATE, 1, 0, null, null,
                null, false, true).months()).isEqualTo(1);
    }

    @Test
    void aClosedNationalRouteHasItsRegionalOfficeAndAnOpenOneNone() {
        PctOffice li = new PctOffice("LI", "Liechtenstein", Provenance.WIPO_GUIDE, "guide", "https://guide/LI", "EP",
                "CH", null, "via CH or EP");
        PctOffice de = new PctOffice("DE", "Germany", Provenance.WIPO_TABLE, "table");

        assertThat(li.nationalRouteClosed()).isTrue();
        assertThat(li.regionalRoute()).contains("EP");
        assertThat(li.alternativeRoute()).contains("CH");
        assertThat(li.address()).contains("https://guide/LI");
        assertThat(li.note()).contains("via CH or EP");
        assertThat(li.provenance()).isEqualTo(Provenance.WIPO_GUIDE);
        assertThat(li.confirmed()).isTrue();
        assertThat(de.nationalRouteClosed()).isFalse();
        assertThat(de.regionalRoute()).isEmpty();
        assertThat(de.alternativeRoute()).isEmpty();
        assertThat(de.address()).isEmpty();
        assertThat(de.note()).isEmpty();
        assertThat(de.unconfirmedReason()).isEmpty();
        assertThatThrownBy(() -> new PctOffice("XA", "x", Provenance.WIPO_GUIDE, "s", null, null, "CH", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an alternative route is only for a closed national route");
    }

    @Test
    void onlyAnOfficeOnThePctDefaultIsUnconfirmedAndItSaysWhy() {
        PctOffice lc = new PctOffice("LC", "Saint Lucia", Provenance.PCT_DEFAULT_UNCONFIRMED, "guide", null, null,
                null, "no figure yet", null);

        assertThat(lc.confirmed()).isFalse();
        assertThat(lc.unconfirmedReason()).contains("no figure yet");
        assertThatThrownBy(() -> new PctOffice("LC", "Saint Lucia", Provenance.PCT_DEFAULT_UNCONFIRMED, "guide"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an unconfirmed office needs its reason, and only it has one");
        assertThatThrownBy(() -> new PctOffice("US", "USA", Provenance.WIPO_GUIDE, "guide", null, null, null,
                "why?", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStepsSayEachPartOfTheCalculationInTheRightNumber() {
        ComputedDeadline oneMonthOneDay = new ComputedDeadline("R", "A rule", "basis", null, "FILING_DATE",
                LocalDate.of(2025, 3, 10), 1, 1, LocalDate.of(2025, 4, 11), List.of(), LocalDate.of(2025, 4, 11), true,
                null);

        assertThat(oneMonthOneDay.steps()).containsExactly("Rule R: A rule", "Anchor FILING_DATE: 2025-03-10",
                "+ 1 month = 2025-04-10", "+ 1 day = 2025-04-11", "Due 2025-04-11");

        ComputedDeadline unconfirmed = new ComputedDeadline("R", "A rule", "basis", "LC", "PRIORITY_DATE",
                LocalDate.of(2024, 3, 29), 30, LocalDate.of(2026, 9, 29), List.of(), LocalDate.of(2026, 9, 29))
                .unconfirmed("the guide has no figure");
        assertThat(unconfirmed.confirmed()).isFalse();
        assertThat(unconfirmed.days()).isZero();
        assertThat(unconfirmed.steps()).containsExactly("Rule R: A rule", "Anchor PRIORITY_DATE: 2024-03-29",
                "+ 30 months = 2026-09-29", "Due 2026-09-29 (unconfirmed: the guide has no figure)");
    }

    @Test
    void aDeadlineIsConfirmedExactlyWhenItHasNoReasonAndKeepsItsOwnRolls() {
        assertThatThrownBy(() -> new ComputedDeadline("R", "t", "b", null, "PRIORITY_DATE", ANCHOR, 1, 0, ANCHOR,
                List.of(), ANCHOR, true, "a reason")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an unconfirmed deadline needs its reason, a confirmed one has none");
        assertThatThrownBy(() -> new ComputedDeadline("R", "t", "b", null, "PRIORITY_DATE", ANCHOR, 1, 0, ANCHOR,
                List.of(), ANCHOR, false, null)).isInstanceOf(IllegalArgumentException.class);
        List<Roll> rolls = new ArrayList<>(List.of(new Roll(ANCHOR, ANCHOR.plusDays(1), "Saturday")));
        ComputedDeadline deadline = new ComputedDeadline("R", "t", "b", null, "PRIORITY_DATE", ANCHOR, 1, ANCHOR,
                rolls, ANCHOR.plusDays(1));
        rolls.clear();
        assertThat(deadline.rolls()).hasSize(1);
    }

    @Test
    void anEntryHasItsOrdinaryLimitFirstAndSaysWhetherTheRouteIsClosed() {
        PctOffice fr = new PctOffice("FR", "France", Provenance.WIPO_GUIDE, "guide", null, "EP", null, null, null);
        PctOffice ep = new PctOffice("EP", "European Patent Organisation", Provenance.WIPO_TABLE, "table");
        ComputedDeadline ordinary = new ComputedDeadline("PCT-NP-EP-I", "t", "b", "EP", "PRIORITY_DATE", ANCHOR, 31,
                ANCHOR.plusMonths(31), List.of(), ANCHOR.plusMonths(31));

        NationalPhaseEntry entry = new NationalPhaseEntry(fr, ep, List.of(ordinary));

        assertThat(entry.ordinary()).isSameAs(ordinary);
        assertThat(entry.nationalRouteClosed()).isTrue();
        assertThat(new NationalPhaseEntry(ep, ep, List.of(ordinary)).nationalRouteClosed()).isFalse();
        assertThatThrownBy(() -> new NationalPhaseEntry(fr, ep, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no deadline for FR through EP");
    }
}
