package org.tto.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tto.disclosure.Filing;
import org.tto.docketing.FilingKind;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseeSize;
import org.tto.report.AutmFacts.AgreementFact;
import org.tto.report.AutmFacts.FilingFact;
import org.tto.report.AutmFacts.ReceiptFact;
import org.tto.report.AutmFacts.StartupFact;
import org.tto.report.AutmMetric.Definition;
import org.tto.report.AutmMetric.Step;
import org.tto.revenue.AutmCategory;

class AutmRulesTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026, 7, 1); // 2025-07-01 to 2026-06-30

    private static Definition definition(String code) {
        return new Definition(code, 2025, code, "text of " + code, "basis");
    }

    private static ReceiptFact receipt(long id, AutmCategory category, String currency, String amount,
            LocalDate on) {
        return new ReceiptFact(id, 1, "UNA-2025-0001", null, category, currency, new BigDecimal(amount), on);
    }

    @Test
    void runningRoyaltiesLeaveOutEveryOtherCategoryAndSayWhy() {
        LocalDate inYear = LocalDate.of(2025, 9, 1);
        List<ReceiptFact> receipts = List.of(
                receipt(1, AutmCategory.RUNNING_ROYALTY, "USD", "1000.50", inYear),
                receipt(2, AutmCategory.ISSUE_FEE, "USD", "5000", inYear),
                receipt(3, AutmCategory.OPTION_FEE, "USD", "700", inYear),
                receipt(4, AutmCategory.ANNUAL_MINIMUM, "USD", "300", inYear),
                receipt(5, AutmCategory.EQUITY_CASH_IN, "USD", "9000", inYear),
                receipt(6, AutmCategory.OTHER, "USD", "100", inYear),
                receipt(7, AutmCategory.RUNNING_ROYALTY, "KES", "20000", inYear),
                receipt(8, AutmCategory.RUNNING_ROYALTY, "USD", "1.00", LocalDate.of(2025, 6, 30)));

        AutmMetric royalties = AutmRules.runningRoyalties(FY2026, definition("RUNNING_ROYALTIES"), receipts);

        assertThat(royalties.total("USD")).isEqualByComparingTo("1000.50");
        assertThat(royalties.total("KES")).isEqualByComparingTo("20000");
        assertThat(royalties.counted()).extracting(Step::id).containsExactly(1L, 7L);
        assertThat(royalties.steps()).filteredOn(s -> !s.counted()).extracting(Step::id, Step::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "licence issue fee: not a royalty on product sales"),
                org.assertj.core.groups.Tuple.tuple(3L, "option payment: not a royalty on product sales"),
                org.assertj.core.groups.Tuple.tuple(4L, "annual minimum not supported by sales: not a royalty on "
                        + "product sales"),
                org.assertj.core.groups.Tuple.tuple(5L, "cashed-in equity: not a royalty on product sales"),
                org.assertj.core.groups.Tuple.tuple(6L, "other payment (e.g. termination): not a royalty on product "
                        + "sales"));
        // receipt 8 fell the day before the fiscal year: not even looked at
        assertThat(royalties.steps()).extracting(Step::id).doesNotContain(8L);
    }

    @Test
    void licenceIncomeCountsEverythingButReimbursementsPerCurrencyWithRunningRoyaltiesFirst() {
        LocalDate inYear = LocalDate.of(2026, 1, 10);
        AutmMetric income = AutmRules.licenseIncome(FY2026, definition("LICENSE_INCOME"), List.of(
                receipt(1, AutmCategory.ISSUE_FEE, "USD", "5000", inYear),
                receipt(2, AutmCategory.RUNNING_ROYALTY, "USD", "1000", inYear),
                receipt(3, AutmCategory.PATENT_COST_REIMBURSEMENT, "USD", "2500", inYear),
                receipt(4, AutmCategory.EQUITY_CASH_IN, "KES", "300000", inYear)));

        assertThat(income.total("USD")).isEqualByComparingTo("6000");
        assertThat(income.total("KES")).isEqualByComparingTo("300000");
        assertThat(income.amounts()).extracting(a -> a.currency() + " " + a.part()).containsExactly(
                "KES TOTAL", "KES EQUITY_CASH_IN", "USD TOTAL", "USD RUNNING_ROYALTY", "USD ISSUE_FEE");
        assertThat(income.steps()).filteredOn(s -> s.id() == 3).singleElement()
                .satisfies(s -> assertThat(s.counted()).isFalse());
    }

    @Test
    void aFollowOnFilingIsNotNewButCountsInTheTotal() {
        FilingFact provisional = new FilingFact(10, 1, "UNA-2025-0001", "US", FilingKind.PROVISIONAL, "63/100",
                LocalDate.of(2025, 3, 1), Set.of(), Filing.Status.PENDING);
        FilingFact pct = new FilingFact(11, 1, "UNA-2025-0001", "WO", FilingKind.PCT, "PCT/US2026/1",
                LocalDate.of(2026, 2, 27), Set.of(10L), Filing.Status.PENDING);
        FilingFact firstOfAnother = new FilingFact(20, 2, "UNA-2025-0002", "KE", FilingKind.NATIONAL, "KE/2025/7",
                LocalDate.of(2025, 8, 1), Set.of(), Filing.Status.PENDING);
        // filed the same day as case 2's first filing, claiming nothing: the invention is still counted once
        FilingFact sameDay = new FilingFact(21, 2, "UNA-2025-0002", "UG", FilingKind.NATIONAL, "UG/2025/3",
                LocalDate.of(2025, 8, 1), Set.of(), Filing.Status.PENDING);
        List<FilingFact> filings = List.of(provisional, pct, firstOfAnother, sameDay);

        AutmMetric fresh = AutmRules.newPatentApplications(FY2026, definition("NEW"), filings);
        AutmMetric total = AutmRules.totalPatentApplications(FY2026, definition("TOTAL"), filings);

        assertThat(fresh.count()).isEqualTo(1);
        assertThat(fresh.counted()).extracting(Step::id).containsExactly(20L);
        assertThat(fresh.steps()).filteredOn(s -> s.id() == 11).singleElement().extracting(Step::why)
                .asString().startsWith("follow-on PCT: claims the priority of US 63/100 filed 2025-03-01");
        assertThat(fresh.steps()).filteredOn(s -> s.id() == 21).singleElement().extracting(Step::why)
                .asString().contains("the case's first filing is KE KE/2025/7");
        assertThat(fresh.split(AutmRules.FILING_KIND, "NATIONAL")).isEqualTo(1);
        // the provisional was filed before the year: neither new nor in the total
        assertThat(total.count()).isEqualTo(3);
        assertThat(total.split(AutmRules.FILING_KIND, "PCT")).isEqualTo(1);
    }

    @Test
    void aStartUpWithoutALicenceFromTheInstitutionIsNotCounted() {
        AutmMetric formed = AutmRules.startupsFormed(FY2026, definition("STARTUPS_FORMED"), List.of(
                new StartupFact(1, 1, "Licensed Ltd", LocalDate.of(2025, 11, 1), 42L),
                new StartupFact(2, 1, "Unlicensed Ltd", LocalDate.of(2025, 12, 1), null),
                new StartupFact(3, 1, "Earlier Ltd", LocalDate.of(2025, 6, 30), 43L),
                new StartupFact(4, 1, "Not yet incorporated", null, null)));

        assertThat(formed.count()).isEqualTo(1);
        assertThat(formed.steps()).extracting(Step::id, Step::counted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, true), org.assertj.core.groups.Tuple.tuple(2L, false));
        assertThat(formed.steps().get(1).why()).contains("without a licence or option");
    }

    @Test
    void licencesAndOptionsAreCountedApartWithTheirSplits() {
        List<AgreementFact> agreements = List.of(
                agreement(1, AgreementType.EXCLUSIVE, LicenseeSize.STARTUP, LocalDate.of(2025, 8, 1)),
                agreement(2, AgreementType.NON_EXCLUSIVE, LicenseeSize.LARGE, LocalDate.of(2026, 6, 30)),
                agreement(3, AgreementType.OPTION, LicenseeSize.SMALL, LocalDate.of(2026, 1, 5)),
                agreement(4, AgreementType.EXCLUSIVE, LicenseeSize.SMALL, LocalDate.of(2026, 7, 1)),
                new AgreementFact(5, 1, "Drafted Ltd", AgreementType.EXCLUSIVE, LicenseeSize.SMALL,
                        AgreementStatus.APPROVED, null, LocalDate.of(2025, 8, 1), LocalDate.of(2028, 8, 1)));

        AutmMetric licences = AutmRules.executed(FY2026, definition("LICENSES_EXECUTED"), agreements, false);
        AutmMetric options = AutmRules.executed(FY2026, definition("OPTIONS_EXECUTED"), agreements, true);

        assertThat(licences.count()).isEqualTo(2);
        assertThat(licences.split(AutmRules.TYPE, "EXCLUSIVE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.TYPE, "NON_EXCLUSIVE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "STARTUP")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "LARGE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "SMALL")).isZero();
        assertThat(options.count()).isEqualTo(1);
        assertThat(options.split(AutmRules.LICENSEE_SIZE, "SMALL")).isEqualTo(1);
        assertThat(options.steps()).filteredOn(s -> !s.counted()).extracting(Step::id).containsExactly(1L, 2L);
    }

    @Test
    void activeMeansExecutedAndInForceOnTheLastDayOfTheYear() {
        List<AgreementFact> agreements = List.of(
                agreement(1, AgreementType.EXCLUSIVE, LicenseeSize.STARTUP, LocalDate.of(2024, 8, 1)),
                new AgreementFact(2, 1, "Ended Ltd", AgreementType.NON_EXCLUSIVE, LicenseeSize.LARGE,
                        AgreementStatus.EXECUTED, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1),
                        LocalDate.of(2026, 6, 29)),
                new AgreementFact(3, 1, "Last Day Ltd", AgreementType.OPTION, LicenseeSize.SMALL,
                        AgreementStatus.EXECUTED, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 6, 30)),
                agreement(4, AgreementType.EXCLUSIVE, LicenseeSize.SMALL, LocalDate.of(2026, 7, 1)));

        AutmMetric active = AutmRules.activeLicenses(FY2026, definition("ACTIVE_LICENSES"), agreements);

        assertThat(active.counted()).extracting(Step::id).containsExactly(1L, 3L);
        assertThat(active.split(AutmRules.TYPE, "OPTION")).isEqualTo(1);
        assertThat(active.steps()).filteredOn(s -> s.id() == 2).singleElement().extracting(Step::why)
                .isEqualTo("term ended 2026-06-29, before the year's end");
    }

    @Test
    void researchExpenditureNotEnteredIsSaidSo() {
        AutmMetric missing = AutmRules.researchExpenditure(FY2026, definition("RESEARCH_EXPENDITURE"), null);

        assertThat(missing.available()).isFalse();
        assertThat(missing.note()).startsWith("Not entered");
        assertThat(missing.amounts()).isEmpty();
    }

    private static AgreementFact agreement(long id, AgreementType type, LicenseeSize size, LocalDate executed) {
        return new AgreementFact(id, 1, "Licensee " + id, type, size, AgreementStatus.EXECUTED, executed, executed,
                executed.plusYears(5));
    }
}
