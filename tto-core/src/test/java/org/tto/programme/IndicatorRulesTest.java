package org.tto.programme;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tto.checkpoint.CheckpointFigures.Computed;
import org.tto.institution.Region;
import org.tto.plan.SustainabilityIndicator;
import org.tto.programme.Counted.Row;
import org.tto.programme.IndicatorDefinition.Aggregation;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.IndicatorDefinition.Method;
import org.tto.programme.IndicatorRules.Required;
import org.tto.programme.ProgrammeFacts.AgreementFact;
import org.tto.programme.ProgrammeFacts.BudgetFact;
import org.tto.programme.ProgrammeFacts.CostFact;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.DisclosureFact;
import org.tto.programme.ProgrammeFacts.EntryFact;
import org.tto.programme.ProgrammeFacts.FilingFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;
import org.tto.programme.ProgrammeFacts.MilestoneFact;
import org.tto.programme.ProgrammeFacts.ParticipationFact;
import org.tto.programme.ProgrammeFacts.PartnershipFact;
import org.tto.programme.ProgrammeFacts.PeriodFact;
import org.tto.programme.ProgrammeFacts.PlanFact;
import org.tto.programme.ProgrammeFacts.ProjectFact;
import org.tto.programme.ProgrammeFacts.ReceiptFact;
import org.tto.programme.ProgrammeFacts.ResearchFact;
import org.tto.programme.ProgrammeFacts.ResponseFact;
import org.tto.programme.ProgrammeFacts.RetainedFact;
import org.tto.programme.ProgrammeFacts.ServiceFact;
import org.tto.programme.ProgrammeFacts.StaffFact;
import org.tto.programme.ProgrammeFacts.StartupFact;
import org.tto.programme.ProgrammeFacts.StatusFact;
import org.tto.programme.ProgrammeFacts.TrainingFact;
import org.tto.programme.ProgrammeFacts.TransitionFact;

/** The programme indicators' formulas, record by record, over the period 2025-01-01 to 2025-12-31 unless told. */
class IndicatorRulesTest {

    private static final long UON = 1L;
    private static final long MAK = 2L;
    private static final long PUCP = 3L;
    private static final long KU = 4L;

    private static final List<CountryFact> COUNTRIES = List.of(
            new CountryFact("KE", "Kenya", Region.AFRICA, false, 9),
            new CountryFact("UG", "Uganda", Region.AFRICA, true, 10),
            new CountryFact("PE", "Peru", Region.LATIN_AMERICA_AND_THE_CARIBBEAN, false, 10));

    private static final List<InstitutionFact> INSTITUTIONS = List.of(
            new InstitutionFact(UON, "UON", "University of Nairobi", "KE"),
            new InstitutionFact(MAK, "MAK", "Makerere University", "UG"),
            new InstitutionFact(PUCP, "PUCP", "Pontificia Universidad Catolica del Peru", "PE"),
            new InstitutionFact(KU, "KU", "Kenyatta University", "KE"));

    /** Kenyan shillings only, for 2024 and 2025; no Ugandan shilling rate at all. */
    private static final Rates RATES = new Rates(Map.of("KES",
            Map.of(2024, new BigDecimal("0.0070"), 2025, new BigDecimal("0.0077"))));

    // PLAN_STAGES ---------------------------------------------------------------------------------------------------

    @Test
    void aPlanWithoutTransitionsIsNeedsAssessedSinceItWasOpened() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z")).build();

        assertThat(IndicatorRules.planStages(facts)).containsExactly(new Counted("NEEDS_ASSESSED", "KE", UON, null,
                ONE, null, row("PLAN", 10, "UON", d("2024-06-01"), true,
                        "state NEEDS_ASSESSMENT since 2024-06-01 (on 2025-12-31)")));
    }

    @Test
    void theStateAtThePeriodEndIsTheLastTransitionOnOrBeforeItsLastDay() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z",
                to("2024-07-01T09:00:00Z", "ACTION_PLAN_APPROVED"), to("2025-12-31T23:00:00Z", "OPERATIONAL"),
                to("2026-01-01T00:00:00Z", "SUSTAINABLE"))).build();

        assertThat(IndicatorRules.planStages(facts)).containsExactly(new Counted("OPERATIONAL", "KE", UON, null,
                ONE, null, row("PLAN", 10, "UON", d("2025-12-31"), true,
                        "state OPERATIONAL since 2025-12-31 (on 2025-12-31)")));
    }

    @Test
    void aTransitionAfterThePeriodLeavesThePlanInItsEarlierState() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2025-02-01T10:00:00Z",
                to("2026-01-01T00:00:00Z", "ACTION_PLAN_APPROVED"))).build();

        assertThat(IndicatorRules.planStages(facts)).singleElement().satisfies(c -> {
            assertThat(c.measure()).isEqualTo("NEEDS_ASSESSED");
            assertThat(c.row().date()).isEqualTo(d("2025-02-01"));
            assertThat(c.row().why()).isEqualTo("state NEEDS_ASSESSMENT since 2025-02-01 (on 2025-12-31)");
        });
    }

    @ParameterizedTest(name = "{0} is counted as {1}")
    @CsvSource({
            "NEEDS_ASSESSMENT, NEEDS_ASSESSED",
            "NEEDS_ASSESSED, NEEDS_ASSESSED",
            "ACTION_PLAN_DRAFTED, NEEDS_ASSESSED",
            "ACTION_PLAN_APPROVED, ACTION_PLAN_APPROVED",
            "IMPLEMENTING, ACTION_PLAN_APPROVED",
            "OPERATIONAL, OPERATIONAL",
            "SUSTAINABLE, SUSTAINABLE",
            "AT_RISK, AT_RISK"})
    void everyPlanStateCountsUnderItsStage(String state, String stage) {
        assertThat(IndicatorRules.stage(state)).isEqualTo(stage);
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z",
                to("2025-03-01T08:00:00Z", state))).build();

        assertThat(IndicatorRules.planStages(facts)).singleElement().satisfies(c -> {
            assertThat(c.measure()).isEqualTo(stage);
            assertThat(c.counted()).isTrue();
            assertThat(c.numerator()).isEqualByComparingTo("1");
            assertThat(c.row().why()).isEqualTo("state " + state + " since 2025-03-01 (on 2025-12-31)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENDED", "CLOSED"})
    void suspendedAndClosedPlansAreListedButNotCounted(String state) {
        assertThat(IndicatorRules.stage(state)).isNull();
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z",
                to("2025-03-01T08:00:00Z", state))).build();

        assertThat(IndicatorRules.planStages(facts)).containsExactly(new Counted("NEEDS_ASSESSED", "KE", UON, null,
                ZERO, ZERO, row("PLAN", 10, "UON", d("2025-03-01"), false,
                        "state " + state + " since 2025-03-01 (on 2025-12-31): not a stage counted")));
    }

    @Test
    void aPlanOpenedAfterThePeriodIsListedButNotCounted() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2026-01-01T00:00:00Z",
                to("2026-01-02T00:00:00Z", "ACTION_PLAN_APPROVED"))).build();

        assertThat(IndicatorRules.planStages(facts)).containsExactly(new Counted("NEEDS_ASSESSED", "KE", UON, null,
                ZERO, ZERO, row("PLAN", 10, "UON", d("2026-01-01"), false, "opened 2026-01-01, after the period")));
    }

    @Test
    void aPlanOpenedOnTheLastDayOfThePeriodCounts() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2025-12-31T23:59:59Z")).build();

        assertThat(IndicatorRules.planStages(facts)).containsExactly(new Counted("NEEDS_ASSESSED", "KE", UON, null,
                ONE, null, row("PLAN", 10, "UON", d("2025-12-31"), true,
                        "state NEEDS_ASSESSMENT since 2025-12-31 (on 2025-12-31)")));
    }

    @Test
    void anInstitutionMissingFromTheFactsIsNamedByItsIdWithoutCountry() {
        ProgrammeFacts facts = facts().plans(plan(10, 99, "KE", "2024-06-01T10:00:00Z")).build();

        assertThat(IndicatorRules.planStages(facts)).singleElement().satisfies(c -> {
            assertThat(c.row().reference()).isEqualTo("institution 99");
            assertThat(c.countryCode()).isNull();
            assertThat(c.institutionId()).isEqualTo(99L);
        });
    }

    // IP_POLICY_ADOPTED ---------------------------------------------------------------------------------------------

    @Test
    void aPlanWithoutAnIpPolicyItemIsListedAsNotAdopted() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(5, "TTO_ESTABLISHED", "DONE", "2025-02-01", 1))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(new Counted("ADOPTED", "KE", UON, null, ZERO,
                ZERO, row("PLAN", 10, "UON", null, false,
                        "the plan has no action item marked IP_POLICY_ADOPTED")));
    }

    @Test
    void anIpPolicyDoneWithEvidenceOnThePeriodsLastDayIsAdopted() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-12-31", 2))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(new Counted("ADOPTED", "KE", UON, null, ONE,
                null, row("ACTION_ITEM", 21, "UON: Adopt the IP policy", d("2025-12-31"), true,
                        "done 2025-12-31 with 2 evidence")));
    }

    @Test
    void anIpPolicyNotDoneIsNotAdopted() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(21, IndicatorRules.IP_POLICY_MILESTONE, "IN_PROGRESS", null, 1))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(new Counted("ADOPTED", "KE", UON, null, ZERO,
                ZERO, row("ACTION_ITEM", 21, "UON: Adopt the IP policy", null, false, "not done yet")));
    }

    @Test
    void anIpPolicyDoneAfterThePeriodIsNotAdopted() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2026-01-01", 1))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(new Counted("ADOPTED", "KE", UON, null, ZERO,
                ZERO, row("ACTION_ITEM", 21, "UON: Adopt the IP policy", d("2026-01-01"), false,
                        "done 2026-01-01, after the period")));
    }

    @Test
    void anIpPolicyDoneWithoutEvidenceIsNotAdopted() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-06-01", 0))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(new Counted("ADOPTED", "KE", UON, null, ZERO,
                ZERO, row("ACTION_ITEM", 21, "UON: Adopt the IP policy", d("2025-06-01"), false,
                        "done 2025-06-01 without evidence")));
    }

    @Test
    void anInstitutionWithSeveralAdoptedItemsIsCountedOnceAndAnEarlierAdoptionStillCounts() {
        ProgrammeFacts facts = facts().plans(planWith(10, UON, "KE",
                item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2023-05-01", 1),
                item(22, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-04-01", 3))).build();

        assertThat(IndicatorRules.ipPolicy(facts)).containsExactly(
                new Counted("ADOPTED", "KE", UON, null, ONE, null, row("ACTION_ITEM", 21,
                        "UON: Adopt the IP policy", d("2023-05-01"), true, "done 2023-05-01 with 1 evidence")),
                new Counted("ADOPTED", "KE", UON, null, ZERO, ZERO, row("ACTION_ITEM", 22,
                        "UON: Adopt the IP policy", d("2025-04-01"), false, "the institution is counted once")));
    }

    @Test
    void eachPlansInstitutionIsCountedOnItsOwn() {
        ProgrammeFacts facts = facts().plans(
                planWith(10, UON, "KE", item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-03-01", 1)),
                planWith(12, MAK, "UG", item(31, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-05-01", 1)))
                .build();

        assertThat(IndicatorRules.ipPolicy(facts)).extracting(Counted::countryCode, Counted::counted,
                c -> c.row().reference()).containsExactly(
                        tuple("KE", true, "UON: Adopt the IP policy"),
                        tuple("UG", true, "MAK: Adopt the IP policy"));
    }

    // DISCLOSURES ---------------------------------------------------------------------------------------------------

    @Test
    void disclosuresSubmittedOnTheFirstAndTheLastDayOfThePeriodAreReceived() {
        ProgrammeFacts facts = facts().disclosures(disclosure(1, UON, "2024-12-31"),
                disclosure(2, UON, "2025-01-01"), disclosure(3, UON, "2025-12-31"), disclosure(4, UON, "2026-01-01"))
                .build();

        assertThat(measure(IndicatorRules.disclosures(facts), "RECEIVED")).containsExactly(
                new Counted("RECEIVED", "KE", UON, null, ONE, null, row("DISCLOSURE", 2, "UON-D-2",
                        d("2025-01-01"), true, "submitted 2025-01-01")),
                new Counted("RECEIVED", "KE", UON, null, ONE, null, row("DISCLOSURE", 3, "UON-D-3",
                        d("2025-12-31"), true, "submitted 2025-12-31")));
    }

    @Test
    void disclosuresPerResearchGiveOneEachOverTheResearchDollarsOfTheYear() {
        BigDecimal shillings = new BigDecimal("1000000000");
        ProgrammeFacts facts = facts().research(new ResearchFact(40, UON, 2025, d("2025-06-30"), "KES", shillings))
                .disclosures(disclosure(1, UON, "2025-02-01"), disclosure(2, UON, "2025-03-01")).build();

        List<Counted> perResearch = measure(IndicatorRules.disclosures(facts), "PER_10M_RESEARCH");

        assertThat(perResearch).containsExactly(
                new Counted("PER_10M_RESEARCH", "KE", UON, null, ZERO, new BigDecimal("7700000.00"),
                        new Row("RESEARCH_EXPENDITURE", 40, "UON FY2025", d("2025-06-30"), "KES", shillings,
                                new BigDecimal("7700000.00"), true,
                                "fiscal year ending 2025-06-30 at 0.0077 USD per unit")),
                new Counted("PER_10M_RESEARCH", "KE", UON, null, ONE, ZERO, row("DISCLOSURE", 1, "UON-D-1",
                        d("2025-02-01"), true, "submitted 2025-02-01")),
                new Counted("PER_10M_RESEARCH", "KE", UON, null, ONE, ZERO, row("DISCLOSURE", 2, "UON-D-2",
                        d("2025-03-01"), true, "submitted 2025-03-01")));
        Rollup.Figure figure = Rollup.figure(ratio("PER_10M_RESEARCH", "10000000"), perResearch);
        assertThat(figure.numerator()).isEqualByComparingTo("2");
        assertThat(figure.denominator()).isEqualByComparingTo("7700000");
        assertThat(figure.value()).isEqualByComparingTo("2.60");
    }

    @Test
    void aDisclosureOfAnInstitutionWithoutResearchIsListedNotCountedPerResearch() {
        ProgrammeFacts facts = facts().research(usdResearch(40, UON, "2025-06-30", "20000000"))
                .disclosures(disclosure(3, MAK, "2025-04-01")).build();

        assertThat(measure(IndicatorRules.disclosures(facts), "PER_10M_RESEARCH")).last().isEqualTo(
                new Counted("PER_10M_RESEARCH", "UG", MAK, null, ZERO, ZERO, row("DISCLOSURE", 3, "MAK-D-3",
                        d("2025-04-01"), false,
                        "no research expenditure recorded for a fiscal year ending in the period")));
    }

    @Test
    void researchWithoutARateIsListedAndLeavesItsInstitutionsDisclosuresUncounted() {
        BigDecimal shillings = new BigDecimal("5000000000");
        ProgrammeFacts facts = facts().research(new ResearchFact(41, MAK, 2025, d("2025-06-30"), "UGX", shillings))
                .disclosures(disclosure(3, MAK, "2025-04-01")).build();

        List<Counted> perResearch = measure(IndicatorRules.disclosures(facts), "PER_10M_RESEARCH");

        assertThat(perResearch).hasSize(2);
        assertThat(perResearch.get(0)).isEqualTo(new Counted("PER_10M_RESEARCH", "UG", MAK, null, ZERO, ZERO,
                new Row("RESEARCH_EXPENDITURE", 41, "MAK FY2025", d("2025-06-30"), "UGX", shillings, null, false,
                        "no US dollar rate recorded for UGX in 2025")));
        assertThat(perResearch.get(1).counted()).isFalse();
        assertThat(perResearch.get(1).numerator()).isEqualByComparingTo("0");
    }

    @Test
    void researchIsConvertedAtTheRateOfItsFiscalYear() {
        ProgrammeFacts facts = facts().research(new ResearchFact(40, UON, 2024, d("2025-06-30"), "KES",
                new BigDecimal("1000000"))).build();

        assertThat(IndicatorRules.disclosures(facts)).singleElement().satisfies(c -> {
            assertThat(c.denominator()).isEqualByComparingTo("7000.00");
            assertThat(c.row().usd()).isEqualByComparingTo("7000.00");
            assertThat(c.row().reference()).isEqualTo("UON FY2024");
            assertThat(c.row().why()).isEqualTo("fiscal year ending 2025-06-30 at 0.007 USD per unit");
        });
    }

    @Test
    void researchInUsDollarsNeedsNoRateAndNamesNone() {
        ProgrammeFacts facts = facts().research(usdResearch(40, UON, "2025-06-30", "2500000.5")).build();

        assertThat(IndicatorRules.disclosures(facts)).singleElement().satisfies(c -> {
            assertThat(c.counted()).isTrue();
            assertThat(c.denominator()).isEqualByComparingTo("2500000.50");
            assertThat(c.row().why()).isEqualTo("fiscal year ending 2025-06-30");
        });
    }

    @Test
    void researchOfFiscalYearsEndingOutsideThePeriodIsIgnored() {
        ProgrammeFacts facts = facts().research(usdResearch(40, UON, "2024-12-31", "20000000"),
                usdResearch(41, UON, "2026-01-01", "20000000")).disclosures(disclosure(1, UON, "2025-02-01")).build();

        assertThat(measure(IndicatorRules.disclosures(facts), "PER_10M_RESEARCH")).singleElement().satisfies(c -> {
            assertThat(c.row().source()).isEqualTo("DISCLOSURE");
            assertThat(c.counted()).isFalse();
        });
    }

    // PATENT_APPLICATIONS -------------------------------------------------------------------------------------------

    @Test
    void filingsDatedInThePeriodAreFiled() {
        ProgrammeFacts facts = facts().filings(filing(101, 1, UON, "NATIONAL", "2025-03-10"),
                filing(102, 1, UON, "PCT", "2024-12-31"), filing(103, 1, UON, "PCT", "2026-01-01"),
                filing(104, 1, UON, "PCT", "2025-12-31")).build();

        assertThat(IndicatorRules.patentApplications(facts)).containsExactly(
                new Counted("FILED", "KE", UON, null, ONE, null, row("FILING", 101, "UON-D-1 KE KE/P/101",
                        d("2025-03-10"), true, "NATIONAL filed 2025-03-10")),
                new Counted("FILED", "KE", UON, null, ONE, null, row("FILING", 104, "UON-D-1 KE KE/P/104",
                        d("2025-12-31"), true, "PCT filed 2025-12-31")));
    }

    @Test
    void aFilingTwelveMonthsAfterSubmissionIsInTime() {
        ProgrammeFacts facts = facts().period("2024-01-01", "2025-12-31")
                .disclosures(disclosure(1, UON, "2024-03-15")).filings(filing(101, 1, UON, "NATIONAL", "2025-03-15"))
                .build();

        assertThat(measure(IndicatorRules.patentApplications(facts), "FIRST_FILED_WITHIN_12_MONTHS"))
                .containsExactly(new Counted("FIRST_FILED_WITHIN_12_MONTHS", "KE", UON, null, ONE, ONE,
                        row("DISCLOSURE", 1, "UON-D-1", d("2024-03-15"), true,
                                "first filing 2025-03-15, within 12 months of submission (by 2025-03-15)")));
    }

    @Test
    void aFilingADayMoreThanTwelveMonthsAfterSubmissionIsLate() {
        ProgrammeFacts facts = facts().period("2024-01-01", "2025-12-31")
                .disclosures(disclosure(1, UON, "2024-03-15")).filings(filing(101, 1, UON, "NATIONAL", "2025-03-16"))
                .build();

        assertThat(measure(IndicatorRules.patentApplications(facts), "FIRST_FILED_WITHIN_12_MONTHS"))
                .containsExactly(new Counted("FIRST_FILED_WITHIN_12_MONTHS", "KE", UON, null, ZERO, ONE,
                        row("DISCLOSURE", 1, "UON-D-1", d("2024-03-15"), true,
                                "first filing 2025-03-16, more than 12 months after submission")));
    }

    @Test
    void aFirstFilingOnTheLastDayOfThePeriodIsInTimeAndADayLaterIsAfterThePeriod() {
        ProgrammeFacts facts = facts().disclosures(disclosure(1, UON, "2025-06-01"), disclosure(2, UON, "2025-06-01"))
                .filings(filing(101, 1, UON, "NATIONAL", "2025-12-31"), filing(102, 2, UON, "NATIONAL", "2026-01-01"))
                .build();

        assertThat(measure(IndicatorRules.patentApplications(facts), "FIRST_FILED_WITHIN_12_MONTHS"))
                .extracting(Counted::numerator, c -> c.row().why()).containsExactly(
                        tuple(ONE,
                                "first filing 2025-12-31, within 12 months of submission (by 2026-06-01)"),
                        tuple(ZERO, "first filing 2026-01-01, after the period"));
    }

    @Test
    void aDisclosureWithoutFilingHasNoFilingYet() {
        ProgrammeFacts facts = facts().disclosures(disclosure(1, UON, "2025-06-01")).build();

        assertThat(IndicatorRules.patentApplications(facts)).containsExactly(new Counted(
                "FIRST_FILED_WITHIN_12_MONTHS", "KE", UON, null, ZERO, ONE, row("DISCLOSURE", 1, "UON-D-1",
                        d("2025-06-01"), true, "no filing yet")));
    }

    @Test
    void theFirstFilingOfACaseIsItsEarliestWhateverTheOrder() {
        ProgrammeFacts facts = facts().disclosures(disclosure(1, UON, "2025-02-01"), disclosure(2, UON, "2025-02-01"))
                .filings(filing(101, 1, UON, "PCT", "2026-03-01"), filing(102, 1, UON, "NATIONAL", "2025-05-01"),
                        filing(103, 2, UON, "NATIONAL", "2025-05-02"), filing(104, 2, UON, "PCT", "2026-03-01"))
                .build();

        assertThat(measure(IndicatorRules.patentApplications(facts), "FIRST_FILED_WITHIN_12_MONTHS"))
                .extracting(Counted::numerator, c -> c.row().why()).containsExactly(
                        tuple(ONE,
                                "first filing 2025-05-01, within 12 months of submission (by 2026-02-01)"),
                        tuple(ONE,
                                "first filing 2025-05-02, within 12 months of submission (by 2026-02-01)"));
    }

    @Test
    void aDisclosureSubmittedBeforeThePeriodHasNoTimelinessRow() {
        ProgrammeFacts facts = facts().disclosures(disclosure(1, UON, "2024-12-31"))
                .filings(filing(101, 1, UON, "NATIONAL", "2025-01-05")).build();

        assertThat(IndicatorRules.patentApplications(facts)).extracting(Counted::measure).containsExactly("FILED");
    }

    // LICENCES_AND_OPTIONS ------------------------------------------------------------------------------------------

    @Test
    void agreementsAndOptionsExecutedInThePeriodAreExecuted() {
        ProgrammeFacts facts = facts().agreements(
                new AgreementFact(201, "AGREEMENT", UON, "LIC-1", "EXCLUSIVE_LICENCE", d("2025-01-01")),
                new AgreementFact(202, "PATH_OPTION", MAK, "OPT-2", "OPTION", d("2025-12-31")),
                new AgreementFact(203, "AGREEMENT", UON, "LIC-3", "LICENCE", d("2024-12-31")),
                new AgreementFact(204, "AGREEMENT", UON, "LIC-4", "LICENCE", d("2026-01-01"))).build();

        assertThat(measure(IndicatorRules.licencesAndOptions(facts), "EXECUTED")).containsExactly(
                new Counted("EXECUTED", "KE", UON, null, ONE, null, row("AGREEMENT", 201, "LIC-1", d("2025-01-01"),
                        true, "EXCLUSIVE_LICENCE executed 2025-01-01")),
                new Counted("EXECUTED", "UG", MAK, null, ONE, null, row("PATH_OPTION", 202, "OPT-2",
                        d("2025-12-31"), true, "OPTION executed 2025-12-31")));
    }

    @Test
    void licencesPerResearchCountOnlyForInstitutionsWithResearch() {
        ProgrammeFacts facts = facts().research(usdResearch(40, UON, "2025-06-30", "20000000")).agreements(
                new AgreementFact(201, "AGREEMENT", UON, "LIC-1", "LICENCE", d("2025-04-01")),
                new AgreementFact(202, "AGREEMENT", MAK, "LIC-2", "LICENCE", d("2025-05-01"))).build();

        List<Counted> perResearch = measure(IndicatorRules.licencesAndOptions(facts), "PER_10M_RESEARCH");

        assertThat(perResearch).containsExactly(
                new Counted("PER_10M_RESEARCH", "KE", UON, null, ZERO, new BigDecimal("20000000.00"),
                        new Row("RESEARCH_EXPENDITURE", 40, "UON FY2025", d("2025-06-30"), "USD",
                                new BigDecimal("20000000"), new BigDecimal("20000000.00"), true,
                                "fiscal year ending 2025-06-30")),
                new Counted("PER_10M_RESEARCH", "KE", UON, null, ONE, ZERO, row("AGREEMENT", 201, "LIC-1",
                        d("2025-04-01"), true, "LICENCE executed 2025-04-01")),
                new Counted("PER_10M_RESEARCH", "UG", MAK, null, ZERO, ZERO, row("AGREEMENT", 202, "LIC-2",
                        d("2025-05-01"), false,
                        "no research expenditure recorded for a fiscal year ending in the period")));
        assertThat(Rollup.figure(ratio("PER_10M_RESEARCH", "10000000"), perResearch).value())
                .isEqualByComparingTo("0.50");
    }

    // LICENCE_INCOME ------------------------------------------------------------------------------------------------

    @Test
    void staffInPostOnThePeriodEndGiveTheirFteToTheDenominator() {
        ProgrammeFacts facts = facts().staff(
                staff(1, UON, "Amina", "1.0", "2020-01-01", null),
                staff(2, UON, "Brian", "0.50", "2025-12-31", null),
                staff(3, UON, "Chege", "1", "2020-01-01", "2025-12-31"),
                staff(4, UON, "Dana", "1", "2026-01-01", null),
                staff(5, MAK, "Esther", "1", "2021-01-01", "2026-01-01")).build();

        assertThat(IndicatorRules.licenceIncome(facts)).containsExactly(
                new Counted("PER_STAFF_FTE", "KE", UON, null, ZERO, new BigDecimal("1.0"), row("STAFF", 1, "Amina",
                        d("2020-01-01"), true, "1 FTE in post on 2025-12-31")),
                new Counted("PER_STAFF_FTE", "KE", UON, null, ZERO, new BigDecimal("0.50"), row("STAFF", 2,
                        "Brian", d("2025-12-31"), true, "0.5 FTE in post on 2025-12-31")),
                new Counted("PER_STAFF_FTE", "UG", MAK, null, ZERO, new BigDecimal("1"), row("STAFF", 5, "Esther",
                        d("2021-01-01"), true, "1 FTE in post on 2025-12-31")));
    }

    @ParameterizedTest(name = "joined {0}, left {1}: in post on 2025-12-31 {2}")
    @CsvSource({
            "2020-01-01, , true",
            "2025-12-31, , true",
            "2026-01-01, , false",
            "2020-01-01, 2025-12-31, false",
            "2020-01-01, 2026-01-01, true"})
    void aStaffMemberIsInPostFromJoiningUntilTheDayBeforeLeaving(LocalDate joined, LocalDate left,
            boolean inPost) {
        StaffFact s = new StaffFact(1, UON, "Amina", ONE, joined, left, null, null);

        assertThat(IndicatorRules.inPost(s, d("2025-12-31"))).isEqualTo(inPost);
    }

    @Test
    void incomePerFteCountsOnlyReceiptsOfInstitutionsWithStaffInPost() {
        ProgrammeFacts facts = facts().staff(staff(1, UON, "Amina", "1.0", "2020-01-01", null),
                staff(2, UON, "Brian", "0.50", "2022-03-01", null)).receipts(
                        new ReceiptFact(11, UON, "RC-11", "USD", new BigDecimal("770"), d("2025-05-05")),
                        new ReceiptFact(12, MAK, "RC-12", "USD", new BigDecimal("250.5"), d("2025-07-07")))
                .build();

        List<Counted> income = IndicatorRules.licenceIncome(facts);

        Row rc11 = new Row("RECEIPT", 11, "RC-11", d("2025-05-05"), "USD", new BigDecimal("770"),
                new BigDecimal("770.00"), true, "received 2025-05-05");
        assertThat(income).hasSize(6);
        assertThat(income.subList(2, 6)).containsExactly(
                new Counted("RECEIVED", "KE", UON, null, new BigDecimal("770.00"), null, rc11),
                new Counted("PER_STAFF_FTE", "KE", UON, null, new BigDecimal("770.00"), ZERO, rc11),
                new Counted("RECEIVED", "UG", MAK, null, new BigDecimal("250.50"), null, new Row("RECEIPT", 12,
                        "RC-12", d("2025-07-07"), "USD", new BigDecimal("250.5"), new BigDecimal("250.50"), true,
                        "received 2025-07-07")),
                new Counted("PER_STAFF_FTE", "UG", MAK, null, ZERO, ZERO, new Row("RECEIPT", 12, "RC-12",
                        d("2025-07-07"), "USD", new BigDecimal("250.5"), new BigDecimal("250.50"), false,
                        "no TTO staff in the register on 2025-12-31")));
        Rollup.Figure perFte = Rollup.figure(ratio("PER_STAFF_FTE", "1"), measure(income, "PER_STAFF_FTE"));
        assertThat(perFte.numerator()).isEqualByComparingTo("770");
        assertThat(perFte.denominator()).isEqualByComparingTo("1.5");
        assertThat(perFte.value()).isEqualByComparingTo("513.33");
        assertThat(perFte.records()).isEqualTo(3);
        assertThat(Rollup.figure(sum("RECEIVED"), measure(income, "RECEIVED")).value())
                .isEqualByComparingTo("1020.50");
    }

    @Test
    void receiptsAreAddedInUsDollarsAtTheRateOfTheirOwnYear() {
        ProgrammeFacts facts = facts().period("2024-01-01", "2025-12-31").receipts(
                new ReceiptFact(11, UON, "RC-11", "KES", new BigDecimal("1000"), d("2024-06-01")),
                new ReceiptFact(12, UON, "RC-12", "KES", new BigDecimal("1000"), d("2025-06-01"))).build();

        assertThat(measure(IndicatorRules.licenceIncome(facts), "RECEIVED"))
                .extracting(Counted::numerator, c -> c.row().usd(), c -> c.row().why()).containsExactly(
                        tuple(new BigDecimal("7.00"), new BigDecimal("7.00"),
                                "received 2024-06-01 at 0.007 USD per unit"),
                        tuple(new BigDecimal("7.70"), new BigDecimal("7.70"),
                                "received 2025-06-01 at 0.0077 USD per unit"));
    }

    @Test
    void receiptsOutsideThePeriodAreIgnored() {
        ProgrammeFacts facts = facts().receipts(
                new ReceiptFact(11, UON, "RC-11", "USD", new BigDecimal("10"), d("2024-12-31")),
                new ReceiptFact(12, UON, "RC-12", "USD", new BigDecimal("10"), d("2026-01-01"))).build();

        assertThat(IndicatorRules.licenceIncome(facts)).isEmpty();
    }

    @Test
    void aReceiptWithoutARateIsListedUnderBothMeasuresAndCountsInNeither() {
        BigDecimal amount = new BigDecimal("3000000");
        ProgrammeFacts facts = facts().receipts(new ReceiptFact(13, MAK, "RC-13", "UGX", amount, d("2025-08-08")))
                .build();

        Row missing = new Row("RECEIPT", 13, "RC-13", d("2025-08-08"), "UGX", amount, null, false,
                "no US dollar rate recorded for UGX in 2025");
        assertThat(IndicatorRules.licenceIncome(facts)).containsExactly(
                new Counted("RECEIVED", "UG", MAK, null, ZERO, ZERO, missing),
                new Counted("PER_STAFF_FTE", "UG", MAK, null, ZERO, ZERO, missing));
    }

    // COST_RECOVERY -------------------------------------------------------------------------------------------------

    @Test
    void retainedSharesAreTheNumeratorOfCostRecovery() {
        BigDecimal amount = new BigDecimal("200000");
        ProgrammeFacts facts = facts().retained(new RetainedFact(301, 30, UON, "LIC-7", "INSTITUTION", "KES",
                amount, d("2025-04-01"))).build();

        assertThat(IndicatorRules.costRecovery(facts)).containsExactly(new Counted("RATIO", "KE", UON, null,
                new BigDecimal("1540.00"), ZERO, new Row("DISTRIBUTION_SHARE", 301, "LIC-7 INSTITUTION",
                        d("2025-04-01"), "KES", amount, new BigDecimal("1540.00"), true,
                        "INSTITUTION part of the receipt of 2025-04-01 at 0.0077 USD per unit")));
    }

    @Test
    void aRetainedShareWithoutARateIsListedNotCounted() {
        BigDecimal amount = new BigDecimal("900000");
        ProgrammeFacts facts = facts().retained(new RetainedFact(302, 31, MAK, "LIC-8", "TTO", "UGX", amount,
                d("2025-04-01"))).build();

        assertThat(IndicatorRules.costRecovery(facts)).containsExactly(new Counted("RATIO", "UG", MAK, null, ZERO,
                ZERO, new Row("DISTRIBUTION_SHARE", 302, "LIC-8 TTO", d("2025-04-01"), "UGX", amount, null, false,
                        "no US dollar rate recorded for UGX in 2025")));
    }

    @Test
    void operatingBudgetsAndCostsAreTheDenominatorOfCostRecovery() {
        ProgrammeFacts facts = facts()
                .retained(new RetainedFact(301, 30, UON, "LIC-7", "INSTITUTION", "KES", new BigDecimal("200000"),
                        d("2025-04-01")))
                .budgets(new BudgetFact(401, UON, 2025, d("2025-06-30"), "USD", new BigDecimal("10000")))
                .costs(new CostFact(501, UON, "INV-9", "LEGAL", "USD", new BigDecimal("1000"), d("2025-09-09")))
                .build();

        List<Counted> rows = IndicatorRules.costRecovery(facts);

        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).containsExactly(
                new Counted("RATIO", "KE", UON, null, ZERO, new BigDecimal("10000.00"), new Row("OPERATING_BUDGET",
                        401, "UON FY2025", d("2025-06-30"), "USD", new BigDecimal("10000"),
                        new BigDecimal("10000.00"), true, "operating budget of the fiscal year ending 2025-06-30")),
                new Counted("RATIO", "KE", UON, null, ZERO, new BigDecimal("1000.00"), new Row("COST", 501, "INV-9",
                        d("2025-09-09"), "USD", new BigDecimal("1000"), new BigDecimal("1000.00"), true,
                        "legal cost of 2025-09-09")));
        Rollup.Figure recovery = Rollup.figure(ratio("RATIO", "100"), rows);
        assertThat(recovery.numerator()).isEqualByComparingTo("1540");
        assertThat(recovery.denominator()).isEqualByComparingTo("11000");
        assertThat(recovery.value()).isEqualByComparingTo("14.00");
    }

    @Test
    void aBudgetIsConvertedAtItsFiscalYearsRateAndACostWithoutARateIsListedNotCounted() {
        ProgrammeFacts facts = facts()
                .budgets(new BudgetFact(401, UON, 2025, d("2025-06-30"), "KES", new BigDecimal("1000000")))
                .costs(new CostFact(502, MAK, "INV-10", "TRAVEL", "UGX", new BigDecimal("50000"), d("2025-10-10")))
                .build();

        assertThat(IndicatorRules.costRecovery(facts)).extracting(Counted::denominator, Counted::counted,
                c -> c.row().usd(), c -> c.row().why()).containsExactly(
                        tuple(new BigDecimal("7700.00"), true,
                                new BigDecimal("7700.00"),
                                "operating budget of the fiscal year ending 2025-06-30 at 0.0077 USD per unit"),
                        tuple(ZERO, false, null,
                                "no US dollar rate recorded for UGX in 2025"));
    }

    @Test
    void sharesBudgetsAndCostsOutsideThePeriodAreIgnored() {
        ProgrammeFacts facts = facts()
                .retained(new RetainedFact(301, 30, UON, "LIC-7", "INSTITUTION", "USD", ONE, d("2024-12-31")),
                        new RetainedFact(303, 30, UON, "LIC-7", "INSTITUTION", "USD", ONE, d("2026-01-01")))
                .budgets(new BudgetFact(401, UON, 2024, d("2024-12-31"), "USD", ONE),
                        new BudgetFact(402, UON, 2026, d("2026-01-01"), "USD", ONE))
                .costs(new CostFact(501, UON, "INV-9", "LEGAL", "USD", ONE, d("2024-12-31")),
                        new CostFact(503, UON, "INV-11", "LEGAL", "USD", ONE, d("2026-01-01")))
                .build();

        assertThat(IndicatorRules.costRecovery(facts)).isEmpty();
    }

    // STARTUPS ------------------------------------------------------------------------------------------------------

    @Test
    void startUpsIncorporatedInThePeriodAreFormed() {
        ProgrammeFacts facts = facts().startups(startup(601, "2025-01-01"), startup(602, "2025-12-31"),
                startup(603, "2024-12-31"), startup(604, "2026-01-01"), startup(605, null)).build();

        assertThat(IndicatorRules.startups(facts)).containsExactly(
                new Counted("FORMED", "KE", UON, null, ONE, null, row("STARTUP", 601, "Start-up 601",
                        d("2025-01-01"), true, "incorporated 2025-01-01")),
                new Counted("FORMED", "KE", UON, null, ONE, null, row("STARTUP", 602, "Start-up 602",
                        d("2025-12-31"), true, "incorporated 2025-12-31")));
    }

    @Test
    void aStartUpIncorporatedExactlyThreeYearsBeforeThePeriodEndIsInTheDenominator() {
        ProgrammeFacts facts = facts().startups(startup(610, "2022-12-31", status("ACTIVE", "2023-01-15")))
                .build();

        assertThat(IndicatorRules.startups(facts)).containsExactly(new Counted("ACTIVE_AT_3_YEARS", "KE", UON, null,
                ONE, ONE, row("STARTUP", 610, "Start-up 610", d("2022-12-31"), true,
                        "incorporated 2022-12-31; ACTIVE on 2025-12-31")));
    }

    @Test
    void aStartUpIncorporatedADayLaterIsNotYetInTheDenominator() {
        ProgrammeFacts facts = facts().startups(startup(611, "2023-01-01", status("ACTIVE", "2023-01-15")))
                .build();

        assertThat(IndicatorRules.startups(facts)).isEmpty();
    }

    @Test
    void aStartUpNotActiveOnItsThirdAnniversaryCountsInTheDenominatorOnly() {
        ProgrammeFacts facts = facts().startups(startup(612, "2021-06-01", status("ACTIVE", "2021-07-01"),
                status("DISSOLVED", "2024-06-01"))).build();

        assertThat(IndicatorRules.startups(facts)).containsExactly(new Counted("ACTIVE_AT_3_YEARS", "KE", UON, null,
                ZERO, ONE, row("STARTUP", 612, "Start-up 612", d("2021-06-01"), true,
                        "incorporated 2021-06-01; DISSOLVED on 2024-06-01")));
    }

    @Test
    void theStatusOnADayIsTheLastChangeEffectiveOnOrBeforeIt() {
        List<StatusFact> history = List.of(status("ACTIVE", "2021-07-01"), status("DORMANT", "2024-06-01"),
                status("ACTIVE", "2024-09-01"));

        assertThat(IndicatorRules.statusOn(history, d("2021-06-30"))).isEqualTo("FORMING");
        assertThat(IndicatorRules.statusOn(history, d("2021-07-01"))).isEqualTo("ACTIVE");
        assertThat(IndicatorRules.statusOn(history, d("2024-05-31"))).isEqualTo("ACTIVE");
        assertThat(IndicatorRules.statusOn(history, d("2024-06-01"))).isEqualTo("DORMANT");
        assertThat(IndicatorRules.statusOn(history, d("2024-09-01"))).isEqualTo("ACTIVE");
        assertThat(IndicatorRules.statusOn(List.of(), d("2024-09-01"))).isEqualTo("FORMING");
    }

    // TRAINING ------------------------------------------------------------------------------------------------------

    @Test
    void participantsOfEventsStartingInThePeriodAreTrainedBySexUnderTheEventsCountry() {
        ProgrammeFacts facts = facts().training(
                event(701, "KE", "2025-12-31", new ParticipationFact(UON, "F", 12),
                        new ParticipationFact(null, "M", 3)),
                event(702, "KE", "2024-12-31", new ParticipationFact(UON, "F", 20)),
                event(703, "UG", "2025-01-01", new ParticipationFact(UON, "F", 4)),
                event(704, "KE", "2026-01-01", new ParticipationFact(UON, "F", 8))).build();

        assertThat(IndicatorRules.training(facts)).containsExactly(
                new Counted("TRAINED", "KE", UON, "F", new BigDecimal("12"), null, row("TRAINING_PARTICIPATION",
                        701, "Event 701", d("2025-12-31"), true, "12 F from UON")),
                new Counted("TRAINED", "KE", null, "M", new BigDecimal("3"), null, row("TRAINING_PARTICIPATION",
                        701, "Event 701", d("2025-12-31"), true, "3 M from outside the invited institutions")),
                new Counted("TRAINED", "UG", UON, "F", new BigDecimal("4"), null, row("TRAINING_PARTICIPATION",
                        703, "Event 703", d("2025-01-01"), true, "4 F from UON")));
    }

    @Test
    void trainingIsSatisfyingAtAnOverallRatingOfFourButNotThree() {
        ProgrammeFacts facts = facts().training(event(701, "KE", "2025-06-02")).responses(
                response(801, 701, "END_OF_EVENT", "F", 4, null),
                response(802, 701, "END_OF_EVENT", "M", 3, null),
                response(803, 701, "END_OF_EVENT", "F", 5, null),
                response(804, 701, "END_OF_EVENT", "M", null, true)).build();

        assertThat(IndicatorRules.training(facts)).containsExactly(
                new Counted("SATISFIED", "KE", UON, "F", ONE, ONE, row("TRAINING_RESPONSE", 801, "Event 701",
                        d("2025-06-30"), true, "rated 4 of 5: satisfied")),
                new Counted("SATISFIED", "KE", UON, "M", ZERO, ONE, row("TRAINING_RESPONSE", 802, "Event 701",
                        d("2025-06-30"), true, "rated 3 of 5: not satisfied")),
                new Counted("SATISFIED", "KE", UON, "F", ONE, ONE, row("TRAINING_RESPONSE", 803, "Event 701",
                        d("2025-06-30"), true, "rated 5 of 5: satisfied")),
                new Counted("SATISFIED", "KE", UON, "M", ZERO, ONE, row("TRAINING_RESPONSE", 804, "Event 701",
                        d("2025-06-30"), true, "no overall rating: not satisfied")));
    }

    @Test
    void sixMonthResponsesCountThoseApplyingTheSkills() {
        ProgrammeFacts facts = facts().training(event(701, "KE", "2025-06-02")).responses(
                response(811, 701, "SIX_MONTHS", "F", 5, true),
                response(812, 701, "SIX_MONTHS", "M", 5, false),
                response(813, 701, "SIX_MONTHS", "F", null, null)).build();

        assertThat(IndicatorRules.training(facts)).containsExactly(
                new Counted("APPLYING_AT_6_MONTHS", "KE", UON, "F", ONE, ONE, row("TRAINING_RESPONSE", 811,
                        "Event 701", d("2025-06-30"), true, "applies the skills six months on")),
                new Counted("APPLYING_AT_6_MONTHS", "KE", UON, "M", ZERO, ONE, row("TRAINING_RESPONSE", 812,
                        "Event 701", d("2025-06-30"), true, "does not apply the skills six months on")),
                new Counted("APPLYING_AT_6_MONTHS", "KE", UON, "F", ZERO, ONE, row("TRAINING_RESPONSE", 813,
                        "Event 701", d("2025-06-30"), true, "does not apply the skills six months on")));
    }

    @Test
    void responsesToEventsOutsideThePeriodOrUnknownAreIgnored() {
        ProgrammeFacts facts = facts().training(event(702, "KE", "2024-12-31")).responses(
                response(821, 702, "END_OF_EVENT", "F", 5, null),
                response(822, 999, "END_OF_EVENT", "F", 5, null)).build();

        assertThat(IndicatorRules.training(facts)).isEmpty();
    }

    // CERTIFIED_STAFF -----------------------------------------------------------------------------------------------

    @Test
    void certifiedStaffInPostGiveTheirFte() {
        ProgrammeFacts facts = facts().staff(new StaffFact(1, UON, "Amina", new BigDecimal("0.5"), d("2020-01-01"),
                null, "RTTP", d("2025-12-31"))).build();

        assertThat(IndicatorRules.certifiedStaff(facts)).containsExactly(new Counted("CERTIFIED_FTE", "KE", UON,
                null, new BigDecimal("0.5"), null, row("STAFF", 1, "Amina", d("2025-12-31"), true,
                        "RTTP since 2025-12-31")));
    }

    @Test
    void staffWithoutCertificationGiveNothing() {
        ProgrammeFacts facts = facts().staff(staff(1, UON, "Amina", "1", "2020-01-01", null)).build();

        assertThat(IndicatorRules.certifiedStaff(facts)).containsExactly(new Counted("CERTIFIED_FTE", "KE", UON,
                null, ZERO, null, row("STAFF", 1, "Amina", null, false, "no professional certification")));
    }

    @Test
    void aCertificationObtainedAfterThePeriodDoesNotCount() {
        ProgrammeFacts facts = facts().staff(new StaffFact(1, UON, "Amina", ONE, d("2020-01-01"), null, "RTTP",
                d("2026-01-01"))).build();

        assertThat(IndicatorRules.certifiedStaff(facts)).containsExactly(new Counted("CERTIFIED_FTE", "KE", UON,
                null, ZERO, null, row("STAFF", 1, "Amina", d("2026-01-01"), false,
                        "RTTP obtained 2026-01-01, after the period")));
    }

    @Test
    void certifiedStaffNoLongerInPostAreNotListed() {
        ProgrammeFacts facts = facts().staff(new StaffFact(1, UON, "Amina", ONE, d("2020-01-01"), d("2025-12-31"),
                "RTTP", d("2021-01-01")), new StaffFact(2, UON, "Brian", ONE, d("2026-01-01"), null, "RTTP",
                        d("2021-01-01"))).build();

        assertThat(IndicatorRules.certifiedStaff(facts)).isEmpty();
    }

    // PARTNERSHIPS --------------------------------------------------------------------------------------------------

    @Test
    void anOpenPartnershipStartedBeforeThePeriodIsActive() {
        ProgrammeFacts facts = facts().partnerships(partnership(901, "2023-05-01", null)).build();

        assertThat(IndicatorRules.partnerships(facts)).containsExactly(new Counted("ACTIVE", "KE", UON, null, ONE,
                null, row("PARTNERSHIP", 901, "Strathmore", d("2023-05-01"), true, "MOU since 2023-05-01")));
    }

    @Test
    void aPartnershipEndingOnTheFirstDayOfThePeriodIsActive() {
        ProgrammeFacts facts = facts().partnerships(partnership(901, "2023-05-01", "2025-01-01")).build();

        assertThat(IndicatorRules.partnerships(facts)).containsExactly(new Counted("ACTIVE", "KE", UON, null, ONE,
                null, row("PARTNERSHIP", 901, "Strathmore", d("2023-05-01"), true,
                        "MOU since 2023-05-01 until 2025-01-01")));
    }

    @Test
    void aPartnershipEndedTheDayBeforeThePeriodIsNotActive() {
        ProgrammeFacts facts = facts().partnerships(partnership(901, "2023-05-01", "2024-12-31")).build();

        assertThat(IndicatorRules.partnerships(facts)).containsExactly(new Counted("ACTIVE", "KE", UON, null, ZERO,
                ZERO, row("PARTNERSHIP", 901, "Strathmore", d("2023-05-01"), false,
                        "ended 2024-12-31, before the period")));
    }

    @Test
    void aPartnershipStartingOnTheLastDayIsActiveAndOneStartingADayLaterIsNot() {
        ProgrammeFacts facts = facts().partnerships(partnership(901, "2025-12-31", null),
                partnership(902, "2026-01-01", null)).build();

        assertThat(IndicatorRules.partnerships(facts)).containsExactly(
                new Counted("ACTIVE", "KE", UON, null, ONE, null, row("PARTNERSHIP", 901, "Strathmore",
                        d("2025-12-31"), true, "MOU since 2025-12-31")),
                new Counted("ACTIVE", "KE", UON, null, ZERO, ZERO, row("PARTNERSHIP", 902, "Strathmore",
                        d("2026-01-01"), false, "starts 2026-01-01, after the period")));
    }

    // PATENT_INFORMATION --------------------------------------------------------------------------------------------

    @Test
    void patentInformationServicesDeliveredInThePeriodAreDelivered() {
        ProgrammeFacts facts = facts().services(service(1001, "2025-01-01"), service(1002, "2025-12-31"),
                service(1003, "2024-12-31"), service(1004, "2026-01-01"), service(1005, null)).build();

        assertThat(IndicatorRules.patentInformation(facts)).containsExactly(
                new Counted("DELIVERED", "KE", UON, null, ONE, null, row("PATENT_INFORMATION_SERVICE", 1001,
                        "PRIOR_ART_SEARCH for Dr Otieno", d("2025-01-01"), true, "delivered 2025-01-01")),
                new Counted("DELIVERED", "KE", UON, null, ONE, null, row("PATENT_INFORMATION_SERVICE", 1002,
                        "PRIOR_ART_SEARCH for Dr Otieno", d("2025-12-31"), true, "delivered 2025-12-31")));
    }

    // APPROPRIATE_TECHNOLOGY ----------------------------------------------------------------------------------------

    @Test
    void eachStepOfAProjectCountsInThePeriodAndAMissingStepIsListed() {
        ProgrammeFacts facts = facts().projects(
                new ProjectFact(1101, "KE", null, "Solar dryer", d("2024-11-01"), d("2025-12-31"), null),
                new ProjectFact(1102, "UG", MAK, "Water filter", d("2025-01-01"), null, d("2026-01-01"))).build();

        assertThat(IndicatorRules.appropriateTechnology(facts)).containsExactly(
                new Counted("BUSINESS_PLANS", "KE", null, null, ONE, null, row("AT_PROJECT", 1101, "Solar dryer",
                        d("2025-12-31"), true, "business plan produced 2025-12-31")),
                new Counted("IMPLEMENTED", "KE", null, null, ZERO, null, row("AT_PROJECT", 1101, "Solar dryer",
                        null, false, "not implemented yet")),
                new Counted("LANDSCAPE_REPORTS", "UG", null, null, ONE, null, row("AT_PROJECT", 1102,
                        "Water filter", d("2025-01-01"), true, "landscape report produced 2025-01-01")),
                new Counted("BUSINESS_PLANS", "UG", null, null, ZERO, null, row("AT_PROJECT", 1102, "Water filter",
                        null, false, "no business plan yet")));
    }

    @Test
    void aProjectWithoutLandscapeReportListsIt() {
        ProgrammeFacts facts = facts().projects(new ProjectFact(1103, "PE", PUCP, "Cold chain", null,
                d("2023-01-01"), d("2023-06-01"))).build();

        assertThat(IndicatorRules.appropriateTechnology(facts)).containsExactly(new Counted("LANDSCAPE_REPORTS",
                "PE", null, null, ZERO, null, row("AT_PROJECT", 1103, "Cold chain", null, false,
                        "no landscape report yet")));
    }

    // ENTERED -------------------------------------------------------------------------------------------------------

    @Test
    void enteredFiguresOfThePeriodsYearsAreTakenAsEntered() {
        ProgrammeFacts facts = facts().entries(
                entry(1, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2025, ONE, null),
                entry(2, "NATIONAL_STRATEGY", "SHARE", "UG", MAK, 2025, new BigDecimal("3"), new BigDecimal("4")),
                entry(3, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2024, ONE, null),
                entry(4, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2026, ONE, null),
                entry(5, "IP_CAPACITY", "ADOPTED", "KE", null, 2025, ONE, null)).build();

        assertThat(IndicatorRules.compute(definition("NATIONAL_STRATEGY", Method.ENTERED), facts, List.of()))
                .containsExactly(
                        new Counted("ADOPTED", "KE", null, null, ONE, null, row("ENTRY", 1, "KE 2025",
                                d("2025-12-31"), true,
                                "entered by officer@example.org on 2026-02-10; evidence: Evidence 1")),
                        new Counted("SHARE", "UG", MAK, null, new BigDecimal("3"), new BigDecimal("4"), row("ENTRY",
                                2, "UG MAK 2025", d("2025-12-31"), true,
                                "entered by officer@example.org on 2026-02-10; evidence: Evidence 2")));
    }

    @Test
    void enteredFiguresOfEveryYearOfALongerPeriodAreTaken() {
        ProgrammeFacts facts = facts().period("2024-01-01", "2025-12-31").entries(
                entry(1, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2023, ONE, null),
                entry(2, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2024, ONE, null),
                entry(3, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2025, ONE, null),
                entry(4, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2026, ONE, null)).build();

        assertThat(IndicatorRules.entered("NATIONAL_STRATEGY", facts)).extracting(c -> c.row().reference())
                .containsExactly("KE 2024", "KE 2025");
    }

    @Test
    void anEnteredIndicatorIsNeverComputedFromTheRecords() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z")).build();

        assertThat(IndicatorRules.compute(definition("PLAN_STAGES", Method.ENTERED), facts, List.of())).isEmpty();
    }

    // DATA_ON_TIME --------------------------------------------------------------------------------------------------

    @Test
    void aCompleteReportSubmittedOnTheLastDayOfMarchIsOnTime() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"))
                .periods(new PeriodFact("KE", 2025, "SUBMITTED", Instant.parse("2026-03-31T23:59:00Z"))).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).containsExactly(new Counted("ON_TIME", "KE", null,
                null, ONE, ONE, row("REPORTING_PERIOD", 2025, "KE 2025", d("2026-03-31"), true,
                        "submitted 2026-03-31, by 2026-03-31, complete")));
    }

    @Test
    void aReportSubmittedOnTheFirstOfAprilIsLate() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"))
                .periods(new PeriodFact("KE", 2025, "APPROVED", Instant.parse("2026-04-01T00:00:00Z"))).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).containsExactly(new Counted("ON_TIME", "KE", null,
                null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "KE 2025", d("2026-04-01"), true,
                        "submitted 2026-04-01, after 2026-03-31")));
    }

    @Test
    void aReturnedOrReopenedReportIsNotOnTime() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"),
                plan(12, MAK, "UG", "2024-06-01T10:00:00Z")).periods(
                        new PeriodFact("KE", 2025, "RETURNED", Instant.parse("2026-02-01T10:00:00Z")),
                        new PeriodFact("UG", 2025, "OPEN", Instant.parse("2026-02-01T10:00:00Z"))).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).containsExactly(
                new Counted("ON_TIME", "KE", null, null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "KE 2025",
                        d("2026-02-01"), true, "submitted 2026-02-01, then returned")),
                new Counted("ON_TIME", "UG", null, null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "UG 2025",
                        d("2026-02-01"), true, "submitted 2026-02-01, then open")));
    }

    @Test
    void aReportNeverSubmittedIsNotOnTime() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"),
                plan(12, MAK, "UG", "2024-06-01T10:00:00Z"))
                .periods(new PeriodFact("UG", 2025, "OPEN", null)).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).containsExactly(
                new Counted("ON_TIME", "KE", null, null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "KE 2025", null,
                        true, "not submitted")),
                new Counted("ON_TIME", "UG", null, null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "UG 2025", null,
                        true, "not submitted")));
    }

    @Test
    void aReportWithoutARequiredEntryIsIncomplete() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"),
                plan(14, KU, "KE", "2024-06-01T10:00:00Z")).entries(
                        entry(1, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2025, ONE, null),
                        entry(2, "IP_CAPACITY", "STAFF_TRAINED", "KE", UON, 2025, ONE, null))
                .periods(new PeriodFact("KE", 2025, "APPROVED", Instant.parse("2026-03-01T12:00:00Z"))).build();

        assertThat(IndicatorRules.dataOnTime(facts, REQUIRED)).containsExactly(new Counted("ON_TIME", "KE", null,
                null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "KE 2025", d("2026-03-01"), true,
                        "submitted 2026-03-01 without IP_CAPACITY.STAFF_TRAINED of KU")));
    }

    @Test
    void eachReportingCountryIsListedOnceInCodeOrder() {
        ProgrammeFacts facts = facts().plans(plan(12, MAK, "UG", "2024-06-01T10:00:00Z"),
                plan(10, UON, "KE", "2024-06-01T10:00:00Z"), plan(14, KU, "KE", "2024-06-01T10:00:00Z")).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).extracting(c -> c.row().reference())
                .containsExactly("KE 2025", "UG 2025");
    }

    @Test
    void everyYearEndingInThePeriodIsReportedAndDueByTheFollowingMarch() {
        ProgrammeFacts facts = facts().period("2024-01-01", "2025-12-31")
                .plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"))
                .periods(new PeriodFact("KE", 2024, "APPROVED", Instant.parse("2025-03-01T09:00:00Z"))).build();

        assertThat(IndicatorRules.dataOnTime(facts, List.of())).containsExactly(
                new Counted("ON_TIME", "KE", null, null, ONE, ONE, row("REPORTING_PERIOD", 2024, "KE 2024",
                        d("2025-03-01"), true, "submitted 2025-03-01, by 2025-03-31, complete")),
                new Counted("ON_TIME", "KE", null, null, ZERO, ONE, row("REPORTING_PERIOD", 2025, "KE 2025", null,
                        true, "not submitted")));
    }

    @Test
    void aYearWhoseLastDayIsOutsideThePeriodIsNotReported() {
        PlanFact plan = plan(10, UON, "KE", "2024-06-01T10:00:00Z");

        assertThat(IndicatorRules.dataOnTime(facts().period("2025-01-01", "2025-06-30").plans(plan).build(),
                List.of())).isEmpty();
        assertThat(IndicatorRules.dataOnTime(facts().period("2024-07-01", "2025-06-30").plans(plan).build(),
                List.of())).extracting(c -> c.row().reference()).containsExactly("KE 2024");
    }

    @Test
    void aCountryLevelEntryMustBeTheCountrysOwnForTheYear() {
        List<Required> required = List.of(new Required("NATIONAL_STRATEGY", "ADOPTED", false));
        ProgrammeFacts facts = facts().entries(
                entry(1, "NATIONAL_STRATEGY", "ADOPTED", "KE", UON, 2025, ONE, null),
                entry(2, "NATIONAL_STRATEGY", "ADOPTED", "KE", null, 2024, ONE, null),
                entry(3, "NATIONAL_STRATEGY", "OTHER", "KE", null, 2025, ONE, null),
                entry(4, "IP_CAPACITY", "ADOPTED", "KE", null, 2025, ONE, null),
                entry(5, "NATIONAL_STRATEGY", "ADOPTED", "UG", null, 2025, ONE, null)).build();

        assertThat(IndicatorRules.missing(facts, required, "KE", 2025)).containsExactly("NATIONAL_STRATEGY.ADOPTED");
        assertThat(IndicatorRules.missing(facts, required, "UG", 2025)).isEmpty();
    }

    @Test
    void anInstitutionLevelEntryIsRequiredOfEachPlanOfTheCountry() {
        ProgrammeFacts facts = facts().plans(plan(10, UON, "KE", "2024-06-01T10:00:00Z"),
                plan(14, KU, "KE", "2024-06-01T10:00:00Z"), plan(12, MAK, "UG", "2024-06-01T10:00:00Z"))
                .entries(entry(2, "IP_CAPACITY", "STAFF_TRAINED", "KE", UON, 2025, ONE, null)).build();

        assertThat(IndicatorRules.missing(facts, REQUIRED, "KE", 2025)).containsExactly("NATIONAL_STRATEGY.ADOPTED",
                "IP_CAPACITY.STAFF_TRAINED of KU");
        assertThat(IndicatorRules.missing(facts, REQUIRED, "UG", 2025)).containsExactly("NATIONAL_STRATEGY.ADOPTED",
                "IP_CAPACITY.STAFF_TRAINED of MAK");
        assertThat(IndicatorRules.missing(facts, REQUIRED, "KE", 2024)).containsExactly("NATIONAL_STRATEGY.ADOPTED",
                "IP_CAPACITY.STAFF_TRAINED of UON", "IP_CAPACITY.STAFF_TRAINED of KU");
    }

    // compute -------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"PLAN_STAGES", "IP_POLICY_ADOPTED", "DISCLOSURES", "PATENT_APPLICATIONS",
            "LICENCES_AND_OPTIONS", "LICENCE_INCOME", "COST_RECOVERY", "STARTUPS", "TRAINING", "CERTIFIED_STAFF",
            "PARTNERSHIPS", "APPROPRIATE_TECHNOLOGY", "PATENT_INFORMATION", "DATA_ON_TIME"})
    void computeAppliesTheFormulaOfTheIndicatorsCode(String code) {
        ProgrammeFacts facts = everything();

        List<Counted> direct = switch (code) {
            case "PLAN_STAGES" -> IndicatorRules.planStages(facts);
            case "IP_POLICY_ADOPTED" -> IndicatorRules.ipPolicy(facts);
            case "DISCLOSURES" -> IndicatorRules.disclosures(facts);
            case "PATENT_APPLICATIONS" -> IndicatorRules.patentApplications(facts);
            case "LICENCES_AND_OPTIONS" -> IndicatorRules.licencesAndOptions(facts);
            case "LICENCE_INCOME" -> IndicatorRules.licenceIncome(facts);
            case "COST_RECOVERY" -> IndicatorRules.costRecovery(facts);
            case "STARTUPS" -> IndicatorRules.startups(facts);
            case "TRAINING" -> IndicatorRules.training(facts);
            case "CERTIFIED_STAFF" -> IndicatorRules.certifiedStaff(facts);
            case "PARTNERSHIPS" -> IndicatorRules.partnerships(facts);
            case "APPROPRIATE_TECHNOLOGY" -> IndicatorRules.appropriateTechnology(facts);
            case "PATENT_INFORMATION" -> IndicatorRules.patentInformation(facts);
            default -> IndicatorRules.dataOnTime(facts, REQUIRED);
        };

        assertThat(direct).isNotEmpty();
        assertThat(IndicatorRules.compute(definition(code, Method.COMPUTED), facts, REQUIRED)).isEqualTo(direct);
    }

    @Test
    void aComputedIndicatorWithoutFormulaIsRefused() {
        assertThatThrownBy(() -> IndicatorRules.compute(definition("NO_SUCH_THING", Method.COMPUTED), facts().build(),
                List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no formula for the computed indicator NO_SUCH_THING");
    }

    @Test
    void withinIncludesBothEndsOfThePeriodAndNoMissingDay() {
        ProgrammeFacts facts = facts().build();

        assertThat(IndicatorRules.within(facts, d("2024-12-31"))).isFalse();
        assertThat(IndicatorRules.within(facts, d("2025-01-01"))).isTrue();
        assertThat(IndicatorRules.within(facts, d("2025-12-31"))).isTrue();
        assertThat(IndicatorRules.within(facts, d("2026-01-01"))).isFalse();
        assertThat(IndicatorRules.within(facts, null)).isFalse();
    }

    // Rates ---------------------------------------------------------------------------------------------------------

    @Test
    void usDollarsNeedNoRateAndAreRoundedHalfUpToTheCent() {
        Rates.Usd usd = new Rates(Map.of()).toUsd("USD", new BigDecimal("10.005"), 1999).orElseThrow();

        assertThat(usd.amount()).isEqualTo(new BigDecimal("10.01"));
        assertThat(usd.rate()).isEqualByComparingTo("1");
    }

    @Test
    void anAmountIsConvertedAtItsYearsRateRoundedHalfUpToTheCent() {
        Rates.Usd in2025 = RATES.toUsd("KES", new BigDecimal("650"), 2025).orElseThrow();
        Rates.Usd in2024 = RATES.toUsd("KES", new BigDecimal("1234.5"), 2024).orElseThrow();

        assertThat(in2025.amount()).isEqualTo(new BigDecimal("5.01"));
        assertThat(in2025.rate()).isEqualByComparingTo("0.0077");
        assertThat(in2024.amount()).isEqualTo(new BigDecimal("8.64"));
        assertThat(in2024.rate()).isEqualByComparingTo("0.007");
    }

    @Test
    void anAmountOfAYearOrCurrencyWithoutRateHasNoDollars() {
        assertThat(RATES.toUsd("KES", ONE, 2023)).isEmpty();
        assertThat(RATES.toUsd("UGX", ONE, 2025)).isEmpty();
    }

    // the checkpoint figures use the same rules -----------------------------------------------------------------------

    @Test
    void theCheckpointFiguresOfAnInstitutionComeFromTheSameRules() {
        ProgrammeFacts facts = facts()
                .disclosures(disclosure(1, UON, "2025-02-01"), disclosure(2, UON, "2025-12-31"),
                        disclosure(3, UON, "2024-12-31"))
                .agreements(new AgreementFact(201, "AGREEMENT", UON, "LIC-1", "LICENCE", d("2025-04-01")))
                .staff(staff(1, UON, "Amina", "1.0", "2020-01-01", null),
                        staff(2, UON, "Brian", "0.50", "2022-03-01", null))
                .receipts(new ReceiptFact(11, UON, "RC-11", "USD", new BigDecimal("770"), d("2025-05-05")))
                .budgets(new BudgetFact(401, UON, 2025, d("2025-06-30"), "USD", new BigDecimal("10000"))).build();

        Map<SustainabilityIndicator, Computed> figures = RecordsCheckpointFigures.compute(facts, List.of());

        assertThat(figures).containsOnlyKeys(SustainabilityIndicator.DISCLOSURES_LAST_12_MONTHS,
                SustainabilityIndicator.AGREEMENTS_EXECUTED, SustainabilityIndicator.STAFF_RETAINED,
                SustainabilityIndicator.INCOME_TO_OPERATING_COST);
        assertThat(figures.get(SustainabilityIndicator.DISCLOSURES_LAST_12_MONTHS).value()).isEqualByComparingTo("2");
        assertThat(figures.get(SustainabilityIndicator.DISCLOSURES_LAST_12_MONTHS).basis())
                .isEqualTo("2 disclosures submitted 2025-01-01 to 2025-12-31: UON-D-1, UON-D-2");
        assertThat(figures.get(SustainabilityIndicator.AGREEMENTS_EXECUTED).value()).isEqualByComparingTo("1");
        assertThat(figures.get(SustainabilityIndicator.STAFF_RETAINED).value()).isEqualByComparingTo("1.5");
        assertThat(figures.get(SustainabilityIndicator.STAFF_RETAINED).basis())
                .isEqualTo("FTE of the staff register in post on 2025-12-31: Amina, Brian");
        assertThat(figures.get(SustainabilityIndicator.INCOME_TO_OPERATING_COST).value())
                .isEqualByComparingTo("0.077");
    }

    // helpers -------------------------------------------------------------------------------------------------------

    private static final List<Required> REQUIRED = List.of(new Required("NATIONAL_STRATEGY", "ADOPTED", false),
            new Required("IP_CAPACITY", "STAFF_TRAINED", true));

    /** Facts with a record for every formula, for the dispatch of {@code compute}. */
    private static ProgrammeFacts everything() {
        return facts()
                .plans(planWith(10, UON, "KE", item(21, IndicatorRules.IP_POLICY_MILESTONE, "DONE", "2025-03-01", 1)))
                .disclosures(disclosure(1, UON, "2025-02-01"))
                .filings(filing(101, 1, UON, "NATIONAL", "2025-03-10"))
                .agreements(new AgreementFact(201, "AGREEMENT", UON, "LIC-1", "LICENCE", d("2025-04-01")))
                .research(usdResearch(40, UON, "2025-06-30", "20000000"))
                .receipts(new ReceiptFact(11, UON, "RC-11", "USD", new BigDecimal("770"), d("2025-05-05")))
                .retained(new RetainedFact(301, 30, UON, "LIC-7", "INSTITUTION", "USD", new BigDecimal("100"),
                        d("2025-04-01")))
                .costs(new CostFact(501, UON, "INV-9", "LEGAL", "USD", new BigDecimal("1000"), d("2025-09-09")))
                .budgets(new BudgetFact(401, UON, 2025, d("2025-06-30"), "USD", new BigDecimal("10000")))
                .startups(startup(601, "2025-02-02"))
                .staff(new StaffFact(1, UON, "Amina", ONE, d("2020-01-01"), null, "RTTP", d("2021-01-01")))
                .partnerships(partnership(901, "2023-05-01", null))
                .services(service(1001, "2025-01-01"))
                .projects(new ProjectFact(1101, "KE", null, "Solar dryer", d("2025-02-01"), null, null))
                .training(event(701, "KE", "2025-06-02", new ParticipationFact(UON, "F", 12)))
                .responses(response(801, 701, "END_OF_EVENT", "F", 4, null))
                .periods(new PeriodFact("KE", 2025, "SUBMITTED", Instant.parse("2026-03-01T09:00:00Z")))
                .build();
    }

    private static Facts facts() {
        return new Facts();
    }

    /** A builder of the facts of a period (2025 unless told), with the test's countries, institutions and rates. */
    private static final class Facts {
        private LocalDate from = d("2025-01-01");
        private LocalDate to = d("2025-12-31");
        private List<PlanFact> plans = List.of();
        private List<DisclosureFact> disclosures = List.of();
        private List<FilingFact> filings = List.of();
        private List<AgreementFact> agreements = List.of();
        private List<ResearchFact> research = List.of();
        private List<ReceiptFact> receipts = List.of();
        private List<RetainedFact> retained = List.of();
        private List<CostFact> costs = List.of();
        private List<BudgetFact> budgets = List.of();
        private List<StartupFact> startups = List.of();
        private List<StaffFact> staff = List.of();
        private List<PartnershipFact> partnerships = List.of();
        private List<ServiceFact> services = List.of();
        private List<ProjectFact> projects = List.of();
        private List<TrainingFact> training = List.of();
        private List<ResponseFact> responses = List.of();
        private List<EntryFact> entries = List.of();
        private List<PeriodFact> periods = List.of();

        Facts period(String from, String to) {
            this.from = d(from);
            this.to = d(to);
            return this;
        }

        Facts plans(PlanFact... values) {
            plans = List.of(values);
            return this;
        }

        Facts disclosures(DisclosureFact... values) {
            disclosures = List.of(values);
            return this;
        }

        Facts filings(FilingFact... values) {
            filings = List.of(values);
            return this;
        }

        Facts agreements(AgreementFact... values) {
            agreements = List.of(values);
            return this;
        }

        Facts research(ResearchFact... values) {
            research = List.of(values);
            return this;
        }

        Facts receipts(ReceiptFact... values) {
            receipts = List.of(values);
            return this;
        }

        Facts retained(RetainedFact... values) {
            retained = List.of(values);
            return this;
        }

        Facts costs(CostFact... values) {
            costs = List.of(values);
            return this;
        }

        Facts budgets(BudgetFact... values) {
            budgets = List.of(values);
            return this;
        }

        Facts startups(StartupFact... values) {
            startups = List.of(values);
            return this;
        }

        Facts staff(StaffFact... values) {
            staff = List.of(values);
            return this;
        }

        Facts partnerships(PartnershipFact... values) {
            partnerships = List.of(values);
            return this;
        }

        Facts services(ServiceFact... values) {
            services = List.of(values);
            return this;
        }

        Facts projects(ProjectFact... values) {
            projects = List.of(values);
            return this;
        }

        Facts training(TrainingFact... values) {
            training = List.of(values);
            return this;
        }

        Facts responses(ResponseFact... values) {
            responses = List.of(values);
            return this;
        }

        Facts entries(EntryFact... values) {
            entries = List.of(values);
            return this;
        }

        Facts periods(PeriodFact... values) {
            periods = List.of(values);
            return this;
        }

        ProgrammeFacts build() {
            return new ProgrammeFacts(from, to, COUNTRIES, INSTITUTIONS, plans, disclosures, filings, agreements,
                    research, receipts, retained, costs, budgets, startups, staff, partnerships, services, projects,
                    training, responses, entries, periods, RATES);
        }
    }

    private static LocalDate d(String day) {
        return day == null ? null : LocalDate.parse(day);
    }

    private static Row row(String source, long id, String reference, LocalDate date, boolean counted, String why) {
        return new Row(source, id, reference, date, null, null, null, counted, why);
    }

    private static List<Counted> measure(List<Counted> all, String measure) {
        return all.stream().filter(c -> c.measure().equals(measure)).toList();
    }

    private static Measure ratio(String code, String factor) {
        return new Measure(code, code, "unit", Aggregation.RATIO, new BigDecimal(factor));
    }

    private static Measure sum(String code) {
        return new Measure(code, code, "unit", Aggregation.SUM, ONE);
    }

    private static IndicatorDefinition definition(String code, Method method) {
        return new IndicatorDefinition(code, 1, 1, code, method, Set.of("ER1"), Set.of(9, 10), Set.of(),
                List.of(sum("X")));
    }

    private static PlanFact plan(long id, long institution, String country, String createdAt,
            TransitionFact... transitions) {
        return new PlanFact(id, institution, country, Instant.parse(createdAt), List.of(transitions), List.of());
    }

    private static PlanFact planWith(long id, long institution, String country, MilestoneFact... milestones) {
        return new PlanFact(id, institution, country, Instant.parse("2024-06-01T10:00:00Z"), List.of(),
                List.of(milestones));
    }

    private static TransitionFact to(String at, String state) {
        return new TransitionFact(Instant.parse(at), "NEEDS_ASSESSMENT", state);
    }

    private static MilestoneFact item(long id, String milestone, String status, String completedOn, int evidence) {
        return new MilestoneFact(id, milestone, "Adopt the IP policy", status, d(completedOn), evidence);
    }

    /** A disclosure referenced by its institution's code and its id, e.g. UON-D-1. */
    private static DisclosureFact disclosure(long id, long institution, String submittedOn) {
        String code = INSTITUTIONS.stream().filter(i -> i.id() == institution).findFirst().orElseThrow().code();
        return new DisclosureFact(id, code + "-D-" + id, institution, d(submittedOn));
    }

    /** A filing at the Kenyan office of disclosure UON-D-{disclosure}, numbered KE/P/{id}. */
    private static FilingFact filing(long id, long disclosure, long institution, String kind, String filedOn) {
        return new FilingFact(id, disclosure, "UON-D-" + disclosure, institution, "KE", kind, "KE/P/" + id,
                d(filedOn));
    }

    private static ResearchFact usdResearch(long id, long institution, String yearEnd, String amount) {
        return new ResearchFact(id, institution, d(yearEnd).getYear(), d(yearEnd), "USD", new BigDecimal(amount));
    }

    private static StaffFact staff(long id, long institution, String name, String fte, String joined, String left) {
        return new StaffFact(id, institution, name, new BigDecimal(fte), d(joined), d(left), null, null);
    }

    private static StartupFact startup(long id, String incorporatedOn, StatusFact... history) {
        return new StartupFact(id, UON, "Start-up " + id, d(incorporatedOn), Arrays.asList(history));
    }

    private static StatusFact status(String status, String on) {
        return new StatusFact(status, d(on));
    }

    private static TrainingFact event(long id, String country, String startsOn, ParticipationFact... participation) {
        return new TrainingFact(id, "Event " + id, country, d(startsOn), d(startsOn).plusDays(2),
                List.of(participation));
    }

    /** A response from UON received on 2025-06-30. */
    private static ResponseFact response(long id, long event, String kind, String sex, Integer overall,
            Boolean applying) {
        return new ResponseFact(id, event, kind, UON, sex, overall, applying, d("2025-06-30"));
    }

    private static PartnershipFact partnership(long id, String started, String ended) {
        return new PartnershipFact(id, UON, "Strathmore", "MOU", d(started), d(ended));
    }

    private static ServiceFact service(long id, String deliveredOn) {
        return new ServiceFact(id, UON, "PRIOR_ART_SEARCH", "Dr Otieno", d(deliveredOn));
    }

    private static EntryFact entry(long id, String indicator, String measure, String country, Long institution,
            int year, BigDecimal numerator, BigDecimal denominator) {
        return new EntryFact(id, indicator, measure, country, institution, year, numerator, denominator,
                "Evidence " + id, "officer@example.org", Instant.parse("2026-02-10T08:00:00Z"));
    }
}
