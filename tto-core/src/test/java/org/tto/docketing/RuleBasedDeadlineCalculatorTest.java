package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.tto.docketing.ComputedDeadline.Roll;

/**
 * The calculator on rules and offices held in memory (the repositories answer from lists, as their derived queries
 * would): which rules a filing opens, the route a designated state is entered by, the dates, traces and rule ids.
 */
class RuleBasedDeadlineCalculatorTest {

    private static final LocalDate PRIORITY = LocalDate.of(2024, 3, 29);

    private final List<DeadlineRule> ruleTable = new ArrayList<>();
    private final List<PctOffice> officeTable = new ArrayList<>();
    private final List<OfficeClosure> closureTable = new ArrayList<>();
    private final List<LocalDate[]> closureWindows = new ArrayList<>();
    private RuleBasedDeadlineCalculator calculator;

    @BeforeEach
    void tables() {
        rule("PARIS-PRIORITY", RuleKind.PARIS_PRIORITY, AnchorKind.PRIORITY_DATE, 12, 0, null, null, null, false,
                true);
        rule("US-NON-PROVISIONAL", RuleKind.US_NON_PROVISIONAL, AnchorKind.FILING_DATE, 12, 0, FilingKind.PROVISIONAL,
                "US", null, false, true);
        rule("PCT-PUBLICATION", RuleKind.PCT_PUBLICATION, AnchorKind.PRIORITY_DATE, 18, 0, FilingKind.PCT, null, null,
                false, false);
        rule("PCT-DEMAND", RuleKind.PCT_DEMAND, AnchorKind.PRIORITY_DATE, 22, 0, FilingKind.PCT, null, null, false,
                true);
        office("EP", "European Patent Organisation", null, null, null);
        nationalPhase("EP", 31, 31);
        office("CH", "Switzerland", null, null, null);
        nationalPhase("CH", 30, 30);
        office("DE", "Germany", null, null, null);
        nationalPhase("DE", 30, 30);
        office("US", "United States of America", null, null, null);
        nationalPhase("US", 30, 30);
        office("LU", "Luxembourg", null, null, null);
        nationalPhase("LU", 20, 30);
        office("TZ", "United Republic of Tanzania", null, null, null);
        nationalPhase("TZ", 21, 31);
        office("CN", "China", null, null, null);
        nationalPhase("CN", 30, 30);
        rule("PCT-NP-CN-I-EXT", RuleKind.PCT_NATIONAL_PHASE, AnchorKind.PRIORITY_DATE, 32, 0, FilingKind.PCT, "CN",
                PctChapter.I, true, true);
        office("RS", "Serbia", null, null, null);
        nationalPhase("RS", 30, 30);
        rule("PCT-NP-RS-I-EXT", RuleKind.PCT_NATIONAL_PHASE, AnchorKind.PRIORITY_DATE, 30, 30, FilingKind.PCT, "RS",
                PctChapter.I, true, true);
        office("LC", "Saint Lucia", null, null, "LC: the guide says \"Information not yet available\"");
        nationalPhase("LC", 30, 30);
        office("FR", "France", "EP", null, null);
        office("LI", "Liechtenstein", "EP", "CH", null);
        office("XB", "An office with no rules (broken data)", null, null, null);

        DeadlineRuleRepository rules = mock(DeadlineRuleRepository.class);
        when(rules.findByKindNotOrderById(any())).thenAnswer(call -> ruleTable.stream()
                .filter(rule -> rule.kind() != call.getArgument(0)).sorted((a, b) -> a.id().compareTo(b.id()))
                .toList());
        when(rules.findByKindAndOfficeCodeAndPctChapterOrderByExtendedAscIdAsc(any(), anyString(), any()))
                .thenAnswer(call -> ruleTable.stream()
                        .filter(rule -> rule.kind() == call.getArgument(0)
                                && rule.officeCode().equals(Optional.of(call.getArgument(1)))
                                && rule.pctChapter().equals(Optional.of(call.getArgument(2))))
                        .sorted((a, b) -> a.extended() != b.extended() ? Boolean.compare(a.extended(), b.extended())
                                : a.id().compareTo(b.id()))
                        .toList());
        when(rules.findById(anyString())).thenAnswer(call -> ruleTable.stream()
                .filter(rule -> rule.id().equals(call.getArgument(0))).findFirst());
        PctOfficeRepository offices = mock(PctOfficeRepository.class);
        when(offices.findById(anyString())).thenAnswer(call -> officeTable.stream()
                .filter(office -> office.code().equals(call.getArgument(0))).findFirst());
        OfficeClosureRepository closures = mock(OfficeClosureRepository.class);
        when(closures.findByOfficeCodeAndClosureDateBetween(anyString(), any(), any())).thenAnswer(call -> {
            LocalDate from = call.getArgument(1);
            LocalDate to = call.getArgument(2);
            closureWindows.add(new LocalDate[] {from, to});
            return closureTable.stream().filter(day -> day.officeCode().equals(call.getArgument(0))
                    && !day.closureDate().isBefore(from) && !day.closureDate().isAfter(to)).toList();
        });
        NoveltyGraceRuleRepository grace = mock(NoveltyGraceRuleRepository.class);
        when(grace.findAllByOrderByCode()).thenReturn(List.of(new NoveltyGraceRule("US", "United States of America",
                12, "35 U.S.C. 102(b)(1)(A)", "test")));
        @SuppressWarnings("unchecked")
        ObjectProvider<Clock> clock = mock(ObjectProvider.class);
        when(clock.getIfAvailable(any())).thenAnswer(call -> Clock.fixed(
                LocalDate.of(2026, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        calculator = new RuleBasedDeadlineCalculator(rules, offices, closures, grace, clock);
    }

    @Test
    void aPctFilingOpensPublicationDemandParisAndChapterIEntryAtEachTarget() {
        List<ComputedDeadline> deadlines = calculator.forFiling("wo", FilingKind.PCT, LocalDate.of(2025, 3, 20),
                PRIORITY, Set.of("tz", " LU "));

        assertThat(deadlines).extracting(ComputedDeadline::ruleId, ComputedDeadline::rawDate,
                ComputedDeadline::dueDate).containsExactly(
                        tuple("PARIS-PRIORITY", LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 31)),
                        tuple("PCT-PUBLICATION", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 29)),
                        // LU: 20 months (Art. 22(1) incompatibility); 29 November 2025 is a Saturday
                        tuple("PCT-NP-LU-I", LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 1)),
                        tuple("PCT-NP-TZ-I", LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 29)),
                        tuple("PCT-DEMAND", LocalDate.of(2026, 1, 29), LocalDate.of(2026, 1, 29)));
        assertThat(deadlines.get(2).rolls()).extracting(Roll::from, Roll::to, Roll::reason).containsExactly(
                tuple(LocalDate.of(2025, 11, 29), LocalDate.of(2025, 11, 30), "Saturday"),
                tuple(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 1), "Sunday"));
        assertThat(deadlines).allSatisfy(deadline -> {
            assertThat(deadline.anchorDate()).isEqualTo(PRIORITY);
            assertThat(deadline.confirmed()).isTrue();
        });
    }

    @Test
    void aStateAndItsRegionalOfficeDesignatedTogetherGiveOneDeadlineForTheRoute() {
        assertThat(nationalPhaseRules(Set.of("FR", "EP"))).containsExactly("PCT-NP-EP-I");
        assertThat(nationalPhaseRules(Set.of("FR"))).containsExactly("PCT-NP-EP-I");
        assertThat(nationalPhaseRules(Set.of("DE", "EP"))).containsExactly("PCT-NP-DE-I", "PCT-NP-EP-I");
        assertThat(nationalPhaseRules(Set.of("LI"))).containsExactly("PCT-NP-EP-I");
        assertThat(nationalPhaseRules(Set.of("LI", "CH"))).as("the officer chose CH for LI")
                .containsExactly("PCT-NP-CH-I");
        assertThat(nationalPhaseRules(Set.of("LI", "CH", "EP"))).containsExactly("PCT-NP-CH-I", "PCT-NP-EP-I");
        assertThat(nationalPhaseRules(Set.of("LI", "fr", "EP"))).containsExactly("PCT-NP-EP-I");
    }

    @Test
    void aLongerLimitIsDocketedBesideTheOrdinaryOne() {
        assertThat(nationalPhaseRules(Set.of("CN"))).containsExactly("PCT-NP-CN-I", "PCT-NP-CN-I-EXT");
    }

    @Test
    void onlyAPctFilingOpensNationalPhaseEntry() {
        List<ComputedDeadline> national = calculator.forFiling("DE", FilingKind.NATIONAL, PRIORITY, null,
                Set.of("EP"));

        assertThat(national).extracting(ComputedDeadline::ruleId).containsExactly("PARIS-PRIORITY");
        assertThat(calculator.forFiling("WO", FilingKind.PCT, PRIORITY, PRIORITY, null))
                .extracting(ComputedDeadline::ruleId)
                .containsExactly("PARIS-PRIORITY", "PCT-PUBLICATION", "PCT-DEMAND");
    }

    @Test
    void aUsProvisionalCountsFromItsFilingDateAndRollsOverAFederalHoliday() {
        closureTable.add(new OfficeClosure("US", LocalDate.of(2026, 1, 19), "Birthday of Martin Luther King, Jr.",
                "5 U.S.C. 6103"));

        List<ComputedDeadline> deadlines = calculator.forFiling("us", FilingKind.PROVISIONAL,
                LocalDate.of(2025, 1, 19), LocalDate.of(2024, 12, 1), Set.of());

        ComputedDeadline nonProvisional = deadlines.stream()
                .filter(deadline -> deadline.ruleId().equals("US-NON-PROVISIONAL")).findFirst().orElseThrow();
        assertThat(nonProvisional.anchorKind()).isEqualTo("FILING_DATE");
        assertThat(nonProvisional.anchorDate()).isEqualTo(LocalDate.of(2025, 1, 19));
        assertThat(nonProvisional.rawDate()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(nonProvisional.rolls()).extracting(Roll::reason)
                .containsExactly("US closed: Birthday of Martin Luther King, Jr.");
        assertThat(nonProvisional.dueDate()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(deadlines).extracting(ComputedDeadline::ruleId)
                .containsExactly("PARIS-PRIORITY", "US-NON-PROVISIONAL");
        assertThat(deadlines.get(0).anchorDate()).as("Paris counts from the priority date")
                .isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(closureWindows).as("the closure days are read from the raw date as far as a roll reaches")
                .anySatisfy(window -> assertThat(window).containsExactly(LocalDate.of(2026, 1, 19),
                        LocalDate.of(2026, 1, 19).plusDays(RollForward.MAX_CLOSED_DAYS)));
    }

    @Test
    void aFilingWithoutKindOrDateOrWithAPriorityAfterItIsRefused() {
        assertThatThrownBy(() -> calculator.forFiling("DE", null, PRIORITY, PRIORITY, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("filing kind and filing date are required");
        assertThatThrownBy(() -> calculator.forFiling("DE", FilingKind.NATIONAL, null, PRIORITY, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("filing kind and filing date are required");
        assertThatThrownBy(() -> calculator.forFiling("DE", FilingKind.NATIONAL, PRIORITY, PRIORITY.plusDays(1),
                Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority date 2024-03-30 is after the filing date 2024-03-29");
        assertThat(calculator.forFiling("DE", FilingKind.NATIONAL, PRIORITY, PRIORITY, Set.of())).hasSize(1);
    }

    @Test
    void anUnknownTargetOfficeIsRefusedByName() {
        assertThatThrownBy(() -> calculator.forFiling("WO", FilingKind.PCT, PRIORITY, PRIORITY, Set.of("EP", "xx")))
                .isInstanceOf(UnknownOfficeException.class).hasMessageContaining("'XX'")
                .extracting(e -> ((UnknownOfficeException) e).office()).isEqualTo("XX");
        assertThatThrownBy(() -> calculator.nationalPhaseEntry(null, PRIORITY, PctChapter.I))
                .isInstanceOf(UnknownOfficeException.class);
    }

    @Test
    void aClosedNationalRouteIsEnteredThroughItsRegionalOffice() {
        NationalPhaseEntry fr = calculator.nationalPhaseEntry(" fr ", PRIORITY, PctChapter.II);

        assertThat(fr.designated().code()).isEqualTo("FR");
        assertThat(fr.nationalRouteClosed()).isTrue();
        assertThat(fr.route().code()).isEqualTo("EP");
        assertThat(fr.deadlines()).singleElement().satisfies(deadline -> {
            assertThat(deadline.ruleId()).isEqualTo("PCT-NP-EP-II");
            assertThat(deadline.office()).isEqualTo("EP");
            assertThat(deadline.months()).isEqualTo(31);
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 10, 29));
        });
        NationalPhaseEntry de = calculator.nationalPhaseEntry("DE", PRIORITY, PctChapter.I);
        assertThat(de.nationalRouteClosed()).isFalse();
        assertThat(de.route()).isSameAs(de.designated());
    }

    @Test
    void eachChapterHasItsOwnRule() {
        assertThat(calculator.pctNationalPhase("LU", PRIORITY, PctChapter.I)).extracting(ComputedDeadline::ruleId,
                ComputedDeadline::months).containsExactly(tuple("PCT-NP-LU-I", 20));
        assertThat(calculator.pctNationalPhase("LU", PRIORITY, PctChapter.II)).extracting(ComputedDeadline::ruleId,
                ComputedDeadline::months).containsExactly(tuple("PCT-NP-LU-II", 30));
    }

    @Test
    void anOfficeWithoutAConfirmedFigureSaysSoWithTheReason() {
        ComputedDeadline lc = calculator.pctNationalPhase("LC", PRIORITY, PctChapter.I).get(0);

        assertThat(lc.confirmed()).isFalse();
        assertThat(lc.unconfirmedReason()).isEqualTo("LC: the guide says \"Information not yet available\"");
        assertThat(lc.months()).isEqualTo(30);
        assertThat(lc.dueDate()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(calculator.pctNationalPhase("US", PRIORITY, PctChapter.I).get(0).confirmed()).isTrue();
    }

    @Test
    void theDayBasedLongerLimitCountsItsDaysAfterItsMonths() {
        List<ComputedDeadline> rs = calculator.pctNationalPhase("RS", PRIORITY, PctChapter.I);

        assertThat(rs).extracting(ComputedDeadline::ruleId, ComputedDeadline::months, ComputedDeadline::days,
                ComputedDeadline::rawDate, ComputedDeadline::dueDate).containsExactly(
                        tuple("PCT-NP-RS-I", 30, 0, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 29)),
                        tuple("PCT-NP-RS-I-EXT", 30, 30, LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 29)));
        // 30 months from 31 January 2024 end on 31 July 2026; 30 days later is 30 August 2026, a Sunday
        ComputedDeadline fromJanuary = calculator.pctNationalPhase("RS", LocalDate.of(2024, 1, 31), PctChapter.I)
                .get(1);
        assertThat(fromJanuary.rawDate()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(fromJanuary.dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void theMonthEndClampsAndTheDueDateRollsToTheNextWorkingDayWithItsTrace() {
        // 31 August 2023 + 30 months: February 2026 has no 31st, so its last day, the 28th (a Saturday)
        ComputedDeadline de = calculator.pctNationalPhase("DE", LocalDate.of(2023, 8, 31), PctChapter.I).get(0);

        assertThat(de.rawDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(de.rolls()).extracting(Roll::from, Roll::reason).containsExactly(
                tuple(LocalDate.of(2026, 2, 28), "Saturday"), tuple(LocalDate.of(2026, 3, 1), "Sunday"));
        assertThat(de.dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(de.steps()).containsExactly(
                "Rule PCT-NP-DE-I: National/regional phase entry at DE (PCT Chapter I)",
                "Anchor PRIORITY_DATE: 2023-08-31",
                "+ 30 months = 2026-02-28 (day 31 does not exist in that month: its last day)",
                "2026-02-28 closed (Saturday): moved to 2026-03-01",
                "2026-03-01 closed (Sunday): moved to 2026-03-02",
                "Due 2026-03-02");
    }

    @Test
    void anOfficeClosureDayRollsWithTheOfficesReason() {
        closureTable.add(new OfficeClosure("EP", LocalDate.of(2026, 4, 3), "Good Friday", "OJ EPO"));
        closureTable.add(new OfficeClosure("EP", LocalDate.of(2026, 4, 6), "Easter Monday", "OJ EPO"));
        closureTable.add(new OfficeClosure("DE", LocalDate.of(2026, 4, 7), "not the EPO's closure", "test"));

        ComputedDeadline ep = calculator.pctNationalPhase("EP", LocalDate.of(2023, 9, 3), PctChapter.I).get(0);

        assertThat(ep.rolls()).extracting(Roll::reason)
                .containsExactly("EP closed: Good Friday", "Saturday", "Sunday", "EP closed: Easter Monday");
        assertThat(ep.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void theEntryNeedsAPriorityDateAndAChapter() {
        assertThatThrownBy(() -> calculator.nationalPhaseEntry("EP", null, PctChapter.I))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("priority date and chapter are required");
        assertThatThrownBy(() -> calculator.nationalPhaseEntry("EP", PRIORITY, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("priority date and chapter are required");
        assertThatThrownBy(() -> calculator.nationalPhaseEntry("XB", PRIORITY, PctChapter.I))
                .isInstanceOf(IllegalStateException.class).hasMessage("office XB has no Chapter I rule");
    }

    @Test
    void aRuleIsAppliedAsItStandsNow() {
        assertThat(calculator.underRule("PCT-NP-TZ-I", PRIORITY)).get().extracting(ComputedDeadline::months,
                ComputedDeadline::dueDate, ComputedDeadline::confirmed)
                .containsExactly(21, LocalDate.of(2025, 12, 29), true);
        assertThat(calculator.underRule("PCT-NP-LC-II", PRIORITY)).get().extracting(ComputedDeadline::confirmed)
                .isEqualTo(false);
        assertThat(calculator.underRule("PARIS-PRIORITY", PRIORITY)).get()
                .extracting(ComputedDeadline::office, ComputedDeadline::confirmed).containsExactly(null, true);
        assertThat(calculator.underRule("PCT-NP-SM-I", PRIORITY)).isEmpty();
        assertThatThrownBy(() -> calculator.underRule("PARIS-PRIORITY", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("anchor date is required");
    }

    @Test
    void theNoveltyGuardAssessesOnTheCalculatorsClock() {
        // the clock says 15 January 2026: a disclosure of 1 December 2024 with no filing is past the 12 months
        assertThat(calculator.noveltyRisk(LocalDate.of(2024, 12, 1), null).jurisdictions())
                .extracting(NoveltyRisk.Jurisdiction::effect).containsExactly(NoveltyRisk.Effect.DESTROYS_NOVELTY);
        assertThat(calculator.noveltyRisk(LocalDate.of(2025, 2, 1), null).jurisdictions())
                .extracting(NoveltyRisk.Jurisdiction::effect, NoveltyRisk.Jurisdiction::fileBy)
                .containsExactly(tuple(NoveltyRisk.Effect.GRACE_PERIOD, LocalDate.of(2026, 2, 1)));
    }

    private List<String> nationalPhaseRules(Set<String> targets) {
        return calculator.forFiling("WO", FilingKind.PCT, PRIORITY, PRIORITY, targets).stream()
                .map(ComputedDeadline::ruleId).filter(id -> id.startsWith("PCT-NP-")).sorted().toList();
    }

    private void office(String code, String name, String regional, String alternative, String unconfirmed) {
        officeTable.add(new PctOffice(code, name, unconfirmed == null ? PctOffice.Provenance.WIPO_GUIDE
                : PctOffice.Provenance.PCT_DEFAULT_UNCONFIRMED, "test", null, regional, alternative, unconfirmed,
                null));
    }

    private void nationalPhase(String office, int chapterI, int chapterII) {
        rule("PCT-NP-" + office + "-I", RuleKind.PCT_NATIONAL_PHASE, AnchorKind.PRIORITY_DATE, chapterI, 0,
                FilingKind.PCT, office, PctChapter.I, false, true);
        rule("PCT-NP-" + office + "-II", RuleKind.PCT_NATIONAL_PHASE, AnchorKind.PRIORITY_DATE, chapterII, 0,
                FilingKind.PCT, office, PctChapter.II, false, true);
    }

    private void rule(String id, RuleKind kind, AnchorKind anchor, int months, int days, FilingKind filingKind,
            String office, PctChapter chapter, boolean extended, boolean rolls) {
        String title = kind == RuleKind.PCT_NATIONAL_PHASE
                ? "National/regional phase entry at " + office + " (PCT Chapter " + chapter + ")" : id;
        ruleTable.add(new DeadlineRule(id, kind, title, "basis of " + id, anchor, months, days, filingKind, office,
                chapter, extended, rolls));
    }

}
