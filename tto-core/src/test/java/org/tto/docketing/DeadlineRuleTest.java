package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tto.docketing.ComputedDeadline.Roll;

class DeadlineRuleTest {

    private static final DeadlineRule EP_ENTRY = new DeadlineRule("PCT-NP-EP-I", RuleKind.PCT_NATIONAL_PHASE,
            "National/regional phase entry at EP (PCT Chapter I)", "PCT Art. 22(3)", AnchorKind.PRIORITY_DATE, 31,
            FilingKind.PCT, "EP", PctChapter.I, false, true);

    private static final DeadlineRule PUBLICATION = new DeadlineRule("PCT-PUBLICATION", RuleKind.PCT_PUBLICATION,
            "PCT international publication", "PCT Art. 21(2)(a)", AnchorKind.PRIORITY_DATE, 18, FilingKind.PCT, null,
            null, false, false);

    private static final DeadlineRule PARIS = new DeadlineRule("PARIS-PRIORITY", RuleKind.PARIS_PRIORITY,
            "Paris Convention priority", "Paris Convention Art. 4C", AnchorKind.PRIORITY_DATE, 12, null, null, null,
            false, true);

    private static final DeadlineRule US_PROVISIONAL = new DeadlineRule("US-NON-PROVISIONAL",
            RuleKind.US_NON_PROVISIONAL, "US non-provisional", "35 U.S.C. 119(e)(1)", AnchorKind.FILING_DATE, 12,
            FilingKind.PROVISIONAL, "US", null, false, true);

    @Test
    void theTraceShowsRuleBasisAnchorRawDateEachRollAndTheDueDate() {
        OfficeCalendar epo = new OfficeCalendar("EP", Map.of(LocalDate.of(2026, 4, 3), "Good Friday",
                LocalDate.of(2026, 4, 6), "Easter Monday"));

        ComputedDeadline deadline = EP_ENTRY.apply(LocalDate.of(2023, 9, 3), epo);

        assertThat(deadline.ruleId()).isEqualTo("PCT-NP-EP-I");
        assertThat(deadline.legalBasis()).isEqualTo("PCT Art. 22(3)");
        assertThat(deadline.office()).isEqualTo("EP");
        assertThat(deadline.anchorKind()).isEqualTo("PRIORITY_DATE");
        assertThat(deadline.anchorDate()).isEqualTo(LocalDate.of(2023, 9, 3));
        assertThat(deadline.months()).isEqualTo(31);
        assertThat(deadline.rawDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(deadline.rolls()).extracting(Roll::reason)
                .containsExactly("EP closed: Good Friday", "Saturday", "Sunday", "EP closed: Easter Monday");
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void anEventRuleIsNotRolledForward() {
        ComputedDeadline publication = PUBLICATION.apply(LocalDate.of(2025, 2, 8), OfficeCalendar.weekendsOnly(null));

        assertThat(publication.rawDate()).isEqualTo(LocalDate.of(2026, 8, 8)); // a Saturday
        assertThat(publication.rolls()).isEmpty();
        assertThat(publication.dueDate()).isEqualTo(publication.rawDate());
    }

    @Test
    void whichFilingsOpenWhichRules() {
        assertThat(PARIS.isOpenedBy(FilingKind.NATIONAL, "KE")).isTrue();
        assertThat(PARIS.isOpenedBy(FilingKind.PCT, null)).isTrue();
        assertThat(US_PROVISIONAL.isOpenedBy(FilingKind.PROVISIONAL, "US")).isTrue();
        assertThat(US_PROVISIONAL.isOpenedBy(FilingKind.PROVISIONAL, "GB")).isFalse();
        assertThat(US_PROVISIONAL.isOpenedBy(FilingKind.NATIONAL, "US")).isFalse();
        assertThat(PUBLICATION.isOpenedBy(FilingKind.PCT, "IB")).isTrue();
        assertThat(PUBLICATION.isOpenedBy(FilingKind.NATIONAL, "US")).isFalse();
        assertThat(EP_ENTRY.isOpenedBy(FilingKind.PCT, "EP")).as("national phase is asked per target office")
                .isFalse();
    }
}
