package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tto.docketing.PctOffice.Provenance;
import org.tto.docketing.PctTimeLimits.OfficeLimits;

/** The table as a list of offices: each with its Chapter I and II months, longer limits, or its closed route. */
class PctTimeLimitsTest {

    private final List<PctOffice> officeTable = new ArrayList<>();
    private final List<DeadlineRule> ruleTable = new ArrayList<>();
    private PctTimeLimits limits;

    @BeforeEach
    void tables() {
        officeTable.add(new PctOffice("CN", "China", Provenance.WIPO_TABLE, "table"));
        officeTable.add(new PctOffice("FR", "France", Provenance.WIPO_GUIDE, "guide", null, "EP", null, null, null));
        officeTable.add(new PctOffice("RS", "Serbia", Provenance.WIPO_GUIDE, "guide"));
        rule("PCT-NP-CN-I", 30, 0, "CN", PctChapter.I, false);
        rule("PCT-NP-CN-I-EXT", 32, 0, "CN", PctChapter.I, true);
        rule("PCT-NP-CN-II", 30, 0, "CN", PctChapter.II, false);
        rule("PCT-NP-RS-I", 30, 0, "RS", PctChapter.I, false);
        rule("PCT-NP-RS-II", 31, 0, "RS", PctChapter.II, false);
        rule("PCT-NP-RS-II-EXT", 31, 30, "RS", PctChapter.II, true);
        PctOfficeRepository offices = mock(PctOfficeRepository.class);
        when(offices.findAllByOrderByCode()).thenAnswer(call -> List.copyOf(officeTable));
        when(offices.findById(anyString())).thenAnswer(call -> officeTable.stream()
                .filter(office -> office.code().equals(call.getArgument(0))).findFirst());
        when(offices.existsById(anyString())).thenAnswer(call -> officeTable.stream()
                .anyMatch(office -> office.code().equals(call.getArgument(0))));
        DeadlineRuleRepository rules = mock(DeadlineRuleRepository.class);
        when(rules.findByKindOrderById(RuleKind.PCT_NATIONAL_PHASE)).thenAnswer(call -> List.copyOf(ruleTable));
        limits = new PctTimeLimits(offices, rules);
    }

    @Test
    void eachOfficeHasItsMonthsItsLongerLimitsOrItsClosedRoute() {
        assertThat(limits.offices()).extracting(OfficeLimits::office).extracting(PctOffice::code)
                .containsExactly("CN", "FR", "RS");
        OfficeLimits cn = limits.offices().get(0);
        assertThat(List.of(cn.chapterI(), cn.chapterIExtended(), cn.chapterIExtendedDays(), cn.chapterII()))
                .containsExactly(30, 32, 0, 30);
        assertThat(cn.chapterIIExtended()).isNull();
        assertThat(cn.chapterIIExtendedDays()).isNull();
        OfficeLimits fr = limits.offices().get(1);
        assertThat(fr.office().regionalRoute()).contains("EP");
        assertThat(new Integer[] {fr.chapterI(), fr.chapterIExtended(), fr.chapterIExtendedDays(), fr.chapterII(),
                fr.chapterIIExtended(), fr.chapterIIExtendedDays()}).containsOnlyNulls();
        OfficeLimits rs = limits.offices().get(2);
        assertThat(List.of(rs.chapterI(), rs.chapterII(), rs.chapterIIExtended(), rs.chapterIIExtendedDays()))
                .containsExactly(30, 31, 31, 30);
        assertThat(rs.chapterIExtended()).isNull();
    }

    @Test
    void anOpenOfficeWithoutItsChapterRuleIsBrokenData() {
        officeTable.add(new PctOffice("XB", "broken", Provenance.WIPO_GUIDE, "guide"));
        rule("PCT-NP-XB-I", 30, 0, "XB", PctChapter.I, false);

        assertThatThrownBy(limits::offices).isInstanceOf(IllegalStateException.class)
                .hasMessage("no Chapter II rule");
    }

    @Test
    void anOfficeIsFoundByItsCodeInAnyCaseAndAnUnknownOneIsRefused() {
        assertThat(limits.office(" fr ").name()).isEqualTo("France");
        assertThatThrownBy(() -> limits.office("XX")).isInstanceOf(UnknownOfficeException.class)
                .hasMessage("Office 'XX' is not in the PCT national-phase table");
        assertThatThrownBy(() -> limits.office(null)).isInstanceOf(UnknownOfficeException.class);
        assertThat(limits.isInTable("rs")).isTrue();
        assertThat(limits.isInTable("FR")).as("a closed national route is still a PCT state").isTrue();
        assertThat(limits.isInTable("TW")).isFalse();
        assertThat(limits.isInTable(null)).isFalse();
    }

    private void rule(String id, int months, int days, String office, PctChapter chapter, boolean extended) {
        ruleTable.add(new DeadlineRule(id, RuleKind.PCT_NATIONAL_PHASE, id, "basis", AnchorKind.PRIORITY_DATE, months,
                days, FilingKind.PCT, office, chapter, extended, true));
    }
}
