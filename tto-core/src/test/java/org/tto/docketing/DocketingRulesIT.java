package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.tto.docketing.ComputedDeadline.Roll;
import org.tto.docketing.NoveltyRisk.Effect;
import org.tto.docketing.NoveltyRisk.Jurisdiction;
import org.tto.testsupport.OnMariaDb;

/** The rule tables of V004 on a real MariaDB, and the calculator computing through the repositories. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnMariaDb
@Import({RuleBasedDeadlineCalculator.class, PctTimeLimits.class})
class DocketingRulesIT {

    @Autowired
    DeadlineCalculator calculator;

    @Autowired
    PctTimeLimits limits;

    @Autowired
    DeadlineRuleRepository rules;

    @Autowired
    OfficeClosureRepository closures;

    @Autowired
    NoveltyGraceRuleRepository graceRules;

    @Test
    void theRulesLoadEachWithALegalBasis() {
        assertThat(rules.findAll()).hasSizeGreaterThan(200)
                .allSatisfy(rule -> assertThat(rule.legalBasis()).isNotBlank());
        assertThat(rules.findById("PARIS-PRIORITY")).get().extracting(DeadlineRule::months).isEqualTo(12);
        assertThat(rules.findById("PCT-DEMAND")).get().extracting(DeadlineRule::months).isEqualTo(22);
        assertThat(closures.findAll()).isNotEmpty().allSatisfy(day -> assertThat(day.reason()).isNotBlank());
        assertThat(graceRules.findById("EP")).get().extracting(rule -> rule.graceMonths().isEmpty()).isEqualTo(true);
    }

    @Test
    void epEntryRollsOverGoodFridayTheWeekendAndEasterMonday() {
        List<ComputedDeadline> ep = calculator.pctNationalPhase("ep", LocalDate.of(2023, 9, 3), PctChapter.I);

        assertThat(ep).singleElement().satisfies(deadline -> {
            assertThat(deadline.ruleId()).isEqualTo("PCT-NP-EP-I");
            assertThat(deadline.rawDate()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(deadline.rolls()).extracting(Roll::reason)
                    .containsExactly("EP closed: Good Friday", "Saturday", "Sunday", "EP closed: Easter Monday");
            assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        });
    }

    @Test
    void anOfficeWithALongerLimitOnAFeeHasTwoRules() {
        List<ComputedDeadline> cn = calculator.pctNationalPhase("CN", LocalDate.of(2024, 1, 10), PctChapter.II);

        assertThat(cn).extracting(ComputedDeadline::ruleId, ComputedDeadline::months)
                .containsExactly(tuple("PCT-NP-CN-II", 30),
                        tuple("PCT-NP-CN-II-EXT", 32));
    }

    @Test
    void luxembourgStillHasTwentyMonthsUnderChapterI() {
        assertThat(calculator.pctNationalPhase("LU", LocalDate.of(2025, 1, 15), PctChapter.I))
                .extracting(ComputedDeadline::months).containsExactly(20);
        assertThat(calculator.pctNationalPhase("LU", LocalDate.of(2025, 1, 15), PctChapter.II))
                .extracting(ComputedDeadline::months).containsExactly(30);
    }

    @Test
    void anUnknownOfficeIsRefused() {
        assertThatThrownBy(() -> calculator.pctNationalPhase("XX", LocalDate.of(2025, 1, 15), PctChapter.I))
                .isInstanceOf(UnknownOfficeException.class).hasMessageContaining("XX");
    }

    @Test
    void aPctFilingOpensPublicationDemandParisAndEachTargetOfficesEntry() {
        List<ComputedDeadline> deadlines = calculator.forFiling("IB", FilingKind.PCT, LocalDate.of(2025, 6, 30),
                LocalDate.of(2024, 7, 1), Set.of("us", "EP"));

        assertThat(deadlines).extracting(ComputedDeadline::ruleId).containsExactly(
                "PARIS-PRIORITY", "PCT-PUBLICATION", "PCT-DEMAND", "PCT-NP-US-I", "PCT-NP-EP-I");
        assertThat(deadlines).extracting(ComputedDeadline::dueDate).containsExactly(
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1),
                // 1 January 2027 is a Friday and a USPTO holiday
                LocalDate.of(2027, 1, 4),
                // 1 February 2027 is a Monday
                LocalDate.of(2027, 2, 1));
    }

    @Test
    void aUsProvisionalOpensTheNonProvisionalDeadlineRolledOverAFederalHoliday() {
        List<ComputedDeadline> deadlines = calculator.forFiling("US", FilingKind.PROVISIONAL,
                LocalDate.of(2025, 11, 26), null, Set.of());

        assertThat(deadlines).extracting(ComputedDeadline::ruleId)
                .containsExactly("PARIS-PRIORITY", "US-NON-PROVISIONAL");
        ComputedDeadline nonProvisional = deadlines.get(1);
        assertThat(nonProvisional.rawDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(nonProvisional.rolls()).extracting(Roll::reason).containsExactly("US closed: Thanksgiving Day");
        assertThat(nonProvisional.dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(nonProvisional.anchorKind()).isEqualTo("FILING_DATE");
    }

    @Test
    void theNoveltyGuardReadsTheGraceRules() {
        NoveltyRisk risk = calculator.noveltyRisk(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 1));

        assertThat(risk.atRisk()).isTrue();
        assertThat(risk.jurisdictions()).filteredOn(j -> j.code().equals("EP")).extracting(Jurisdiction::effect)
                .containsExactly(Effect.DESTROYS_NOVELTY);
        assertThat(risk.jurisdictions()).filteredOn(j -> j.code().equals("US"))
                .extracting(Jurisdiction::effect, Jurisdiction::fileBy)
                .containsExactly(tuple(Effect.GRACE_PERIOD, LocalDate.of(2027, 3, 31)));
        assertThat(risk.jurisdictions()).filteredOn(j -> j.code().equals("CN")).extracting(Jurisdiction::effect)
                .containsExactly(Effect.DESTROYS_NOVELTY);
    }

    @Test
    void theOfficeListGivesBothChaptersAndTheLongerLimits() {
        assertThat(limits.offices()).filteredOn(o -> o.office().code().equals("CA")).singleElement()
                .satisfies(ca -> {
                    assertThat(ca.chapterI()).isEqualTo(30);
                    assertThat(ca.chapterIExtended()).isEqualTo(42);
                    assertThat(ca.chapterII()).isEqualTo(30);
                    assertThat(ca.chapterIIExtended()).isEqualTo(42);
                    assertThat(ca.office().provenance()).isEqualTo(PctOffice.Provenance.WIPO_TABLE);
                });
    }
}
