package org.tto.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import org.tto.CoreTestApplication;
import org.tto.disclosure.Commands.NewFiling;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.DisclosureService;
import org.tto.docketing.FilingKind;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicenseeSize;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingService;
import org.tto.licensing.ReportingPeriod;
import org.tto.licensing.RoyaltyTier;
import org.tto.plan.PlanTransitions;
import org.tto.report.AutmMetric.Step;
import org.tto.report.ReportCommands.EnterResearchExpenditure;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.CaseCost;
import org.tto.revenue.PolicyBand;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordCost;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.revenue.RevenueService;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCommands.NewFounder;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupService;
import org.tto.testsupport.OnMariaDb;

/**
 * A small institution whose fiscal year starts on 1 July, built through the services (disclosures are inserted, as
 * their submission date comes from the clock), and its AUTM report of FY2026 (2025-07-01 to 2026-06-30), every
 * metric and its steps asserted.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
@Transactional
class AutmReportIT {

    /** The plan state machine lives in tto-workflow; this test of tto-core does not touch plans. */
    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    AutmReportService reports;

    @Autowired
    DisclosureService disclosures;

    @Autowired
    LicensingService licensing;

    @Autowired
    RevenueService revenue;

    @Autowired
    StartupService startups;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    Institution uni;
    Actor officer;
    Actor director;
    String suffix;
    long caseA;
    long caseB;
    long caseOld;

    @BeforeEach
    void anInstitutionWithAYearOfActivity() {
        country("TZ", "Tanzania");
        country("UG", "Uganda");
        suffix = String.valueOf(System.nanoTime() % 100_000);
        uni = institutions.save(new Institution("R" + suffix, "Report University", "TZ", 7));
        users.save(AppUser.ofInstitution("rdir" + suffix, null, "D", "K", "rdir" + suffix + "@r.test", Role.DIRECTOR,
                uni));
        officer = new Actor("roff" + suffix, Role.OFFICER, uni.id(), uni.code(), "TZ");
        director = new Actor("rdir" + suffix, Role.DIRECTOR, uni.id(), uni.code(), "TZ");

        caseA = disclosure(1, "2025-08-01 10:00:00");
        caseB = disclosure(2, "2026-03-15 09:00:00");
        caseOld = disclosure(3, "2025-06-30 23:59:00"); // the last minute of FY2025
        disclosure(4, "2026-07-01 00:00:00"); // the first of FY2027
    }

    @Test
    void everyMetricOfTheFiscalYearWithItsSteps() {
        // filings: case A's provisional (FY2025) and its PCT (FY2026); case B's first filing; the old case's
        // follow-on regional filing claiming its 2024 national one
        disclosures.recordFilings(officer, caseA, new RecordFilings(List.of(
                filing("US", FilingKind.PROVISIONAL, "63/" + suffix, "2025-03-01", Set.of()),
                filing("WO", FilingKind.PCT, "PCT/US2026/" + suffix, "2026-02-27", Set.of("63/" + suffix)))));
        disclosures.recordFilings(officer, caseB, new RecordFilings(List.of(
                filing("KE", FilingKind.NATIONAL, "KE/2026/" + suffix, "2026-04-01", Set.of()))));
        disclosures.recordFilings(officer, caseOld, new RecordFilings(List.of(
                filing("TZ", FilingKind.NATIONAL, "TZ/2024/" + suffix, "2024-05-01", Set.of()),
                filing("EP", FilingKind.REGIONAL, "EP" + suffix, "2025-09-01", Set.of("TZ/2024/" + suffix)))));
        // no service grants a filing yet: the status is set in the table, and the persistence context forgets it
        entities.flush();
        jdbc.update("UPDATE filing SET status = 'GRANTED' WHERE office = 'TZ' AND application_number = ?",
                "TZ/2024/" + suffix);
        entities.clear();

        // agreements: executed in the year (a start-up's exclusive licence, a large company's non-exclusive one, an
        // option that lapsed before the year's end), one executed two years before and still running, one drafted
        LicenseAgreement startupLicence = executed(caseA, terms("Aqua Start Ltd", AgreementType.EXCLUSIVE,
                LicenseeSize.STARTUP, "water", "2025-09-01", "2030-09-01"), "2025-09-10");
        LicenseAgreement large = executed(caseB, terms("BigPharma plc", AgreementType.NON_EXCLUSIVE,
                LicenseeSize.LARGE, "diagnostics", "2026-05-01", "2027-05-01"), "2026-05-01");
        LicenseAgreement option = executed(caseOld, terms("Small Co Ltd", AgreementType.OPTION, LicenseeSize.SMALL,
                "veterinary", "2026-01-15", "2026-06-15"), "2026-01-15");
        LicenseAgreement older = executed(caseOld, terms("Old Partner Ltd", AgreementType.NON_EXCLUSIVE,
                LicenseeSize.SMALL, "agriculture", "2024-03-01", "2029-03-01"), "2024-03-01");
        licensing.draft(officer, caseB, terms("Drafted Ltd", AgreementType.NON_EXCLUSIVE, LicenseeSize.SMALL,
                "food", "2026-01-01", "2027-01-01"));

        // income and costs
        revenue.definePolicy(director, new DefinePolicy(null, LocalDate.of(2020, 1, 1), "USD", true,
                BigDecimal.ZERO, "Engineering", "IP policy 2020", List.of(new PolicyBand(null,
                        new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30")))));
        revenue.recordCost(officer, caseA, cost(CaseCost.Kind.PATENT, "US provisional", "2025-03-01", "800"));
        revenue.recordCost(officer, caseA, cost(CaseCost.Kind.PATENT, "PCT filing", "2026-02-27", "3200.50"));
        revenue.recordCost(officer, caseB, cost(CaseCost.Kind.LEGAL, "Licence negotiation", "2026-05-02", "450"));
        long issueFee = receipt(caseA, startupLicence.id(), AutmCategory.ISSUE_FEE, "USD", "5000", "2025-09-20");
        long royalty = receipt(caseA, startupLicence.id(), AutmCategory.RUNNING_ROYALTY, "USD", "1234.56",
                "2026-03-31");
        long reimbursed = receipt(caseA, startupLicence.id(), AutmCategory.PATENT_COST_REIMBURSEMENT, "USD", "800",
                "2025-12-01");
        long optionFee = receipt(caseOld, option.id(), AutmCategory.OPTION_FEE, "USD", "700", "2026-01-20");
        long equity = receipt(caseA, null, AutmCategory.EQUITY_CASH_IN, "KES", "250000", "2026-06-30");
        receipt(caseB, large.id(), AutmCategory.RUNNING_ROYALTY, "USD", "99", "2026-07-01"); // FY2027

        // start-ups: one holding the exclusive licence, one with no licence from the institution
        StartupCompany aqua = startups.form(officer, caseA, new FormStartup("Aqua Start Ltd", "Water kiosks",
                List.of(new NewFounder("Outside CEO", false, null))));
        startups.reviewPlan(director, aqua.id(), PlanVerdict.APPROVE, "Kiosk economics hold");
        startups.incorporate(officer, aqua.id(), new Incorporate(LocalDate.of(2025, 11, 1), "TZ-" + suffix, 1000,
                new BigDecimal("5"), startupLicence.id()));
        StartupCompany loose = startups.form(officer, caseB, new FormStartup("Loose Ends Ltd", null,
                List.of(new NewFounder("Someone", false, null))));
        startups.reviewPlan(director, loose.id(), PlanVerdict.APPROVE, null);
        startups.incorporate(officer, loose.id(), new Incorporate(LocalDate.of(2026, 2, 1), "TZ-L" + suffix, 0,
                BigDecimal.ZERO, null));

        AutmReport report = reports.report(officer, 2026, null);

        assertThat(report.institutionCode()).isEqualTo(uni.code());
        assertThat(report.fiscalYear()).isEqualTo(new FiscalYear(2026, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30)));
        assertThat(report.metrics()).extracting(AutmMetric::code).containsExactlyElementsOf(AutmRules.CODES);
        assertThat(report.metrics()).allSatisfy(m -> {
            assertThat(m.definition().surveyYear()).isEqualTo(2025);
            assertThat(m.definition().text()).isNotBlank();
            assertThat(m.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(m.periodEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        });

        AutmMetric received = report.metric(AutmRules.INVENTION_DISCLOSURES);
        assertThat(received.count()).isEqualTo(2);
        assertThat(received.counted()).extracting(Step::id).containsExactly(caseA, caseB);

        AutmMetric fresh = report.metric(AutmRules.NEW_PATENT_APPLICATIONS);
        assertThat(fresh.count()).isEqualTo(1);
        assertThat(fresh.counted()).extracting(Step::reference)
                .containsExactly(uni.code() + "-2026-0002 KE KE/2026/" + suffix);
        assertThat(fresh.steps()).filteredOn(s -> !s.counted()).extracting(Step::date, Step::why).containsExactly(
                tuple(LocalDate.of(2025, 9, 1), "follow-on REGIONAL: claims the priority of TZ TZ/2024/" + suffix
                        + " filed 2024-05-01; not new"),
                tuple(LocalDate.of(2026, 2, 27), "follow-on PCT: claims the priority of US 63/" + suffix
                        + " filed 2025-03-01; not new"));
        assertThat(report.metric(AutmRules.TOTAL_PATENT_APPLICATIONS).count()).isEqualTo(3);
        assertThat(report.metric(AutmRules.TOTAL_PATENT_APPLICATIONS).split(AutmRules.FILING_KIND, "PCT"))
                .isEqualTo(1);

        AutmMetric issued = report.metric(AutmRules.ISSUED_PATENTS);
        assertThat(issued.available()).isFalse();
        assertThat(issued.count()).isNull();
        assertThat(issued.note()).contains("no grant date").contains("1 filing(s)");
        assertThat(issued.steps()).extracting(Step::reference).containsExactly(uni.code() + "-2026-0003 TZ TZ/2024/"
                + suffix);

        AutmMetric licences = report.metric(AutmRules.LICENSES_EXECUTED);
        assertThat(licences.count()).isEqualTo(2);
        assertThat(licences.counted()).extracting(Step::id).containsExactly(startupLicence.id(), large.id());
        assertThat(licences.split(AutmRules.TYPE, "EXCLUSIVE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.TYPE, "NON_EXCLUSIVE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "STARTUP")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "LARGE")).isEqualTo(1);
        assertThat(licences.split(AutmRules.LICENSEE_SIZE, "SMALL")).isZero();

        AutmMetric options = report.metric(AutmRules.OPTIONS_EXECUTED);
        assertThat(options.count()).isEqualTo(1);
        assertThat(options.counted()).extracting(Step::id).containsExactly(option.id());
        assertThat(options.split(AutmRules.LICENSEE_SIZE, "SMALL")).isEqualTo(1);

        AutmMetric active = report.metric(AutmRules.ACTIVE_LICENSES);
        assertThat(active.counted()).extracting(Step::id).containsExactly(startupLicence.id(), large.id(),
                older.id());
        assertThat(active.steps()).filteredOn(s -> s.id() == option.id()).singleElement().extracting(Step::why)
                .isEqualTo("term ended 2026-06-15, before the year's end");
        assertThat(active.split(AutmRules.TYPE, "NON_EXCLUSIVE")).isEqualTo(2);

        AutmMetric income = report.metric(AutmRules.LICENSE_INCOME);
        assertThat(income.total("USD")).isEqualByComparingTo("6934.56");
        assertThat(income.part("USD", "RUNNING_ROYALTY")).isEqualByComparingTo("1234.56");
        assertThat(income.part("USD", "ISSUE_FEE")).isEqualByComparingTo("5000");
        assertThat(income.part("USD", "OPTION_FEE")).isEqualByComparingTo("700");
        assertThat(income.total("KES")).isEqualByComparingTo("250000");
        assertThat(income.counted()).extracting(Step::id).containsExactly(issueFee, optionFee, royalty, equity);
        assertThat(income.steps()).filteredOn(s -> !s.counted()).extracting(Step::id).containsExactly(reimbursed);

        AutmMetric royalties = report.metric(AutmRules.RUNNING_ROYALTIES);
        assertThat(royalties.amounts()).extracting(a -> a.currency() + " " + a.part() + " "
                + a.amount().stripTrailingZeros().toPlainString()).containsExactly("USD TOTAL 1234.56");
        assertThat(royalties.counted()).extracting(Step::id).containsExactly(royalty);
        assertThat(royalties.steps()).filteredOn(s -> !s.counted()).hasSize(4);

        AutmMetric cashedIn = report.metric(AutmRules.CASHED_IN_EQUITY);
        assertThat(cashedIn.total("KES")).isEqualByComparingTo("250000");
        assertThat(cashedIn.counted()).extracting(Step::id).containsExactly(equity);

        AutmMetric spent = report.metric(AutmRules.LEGAL_FEES_SPENT);
        assertThat(spent.total("USD")).isEqualByComparingTo("3650.50");
        assertThat(spent.part("USD", "PATENT")).isEqualByComparingTo("3200.50");
        assertThat(spent.part("USD", "LEGAL")).isEqualByComparingTo("450");
        assertThat(spent.steps()).extracting(Step::date).containsExactly(LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 5, 2));
        AutmMetric reimbursedFees = report.metric(AutmRules.LEGAL_FEES_REIMBURSED);
        assertThat(reimbursedFees.total("USD")).isEqualByComparingTo("800");
        assertThat(reimbursedFees.counted()).extracting(Step::id).containsExactly(reimbursed);

        AutmMetric formed = report.metric(AutmRules.STARTUPS_FORMED);
        assertThat(formed.count()).isEqualTo(1);
        assertThat(formed.steps()).extracting(Step::reference, Step::counted).containsExactly(
                tuple("Aqua Start Ltd", true), tuple("Loose Ends Ltd", false));

        AutmMetric research = report.metric(AutmRules.RESEARCH_EXPENDITURE);
        assertThat(research.available()).isFalse();
        assertThat(research.note()).startsWith("Not entered");
    }

    @Test
    void theDirectorEntersResearchExpenditureAndEnteringAgainReplacesIt() {
        reports.enterResearchExpenditure(director, 2026, new EnterResearchExpenditure(new BigDecimal("1000000"),
                "TZS", "Draft accounts"));
        reports.enterResearchExpenditure(director, 2026, new EnterResearchExpenditure(new BigDecimal("1250000.50"),
                "TZS", "Audited accounts FY2025/26"));

        AutmMetric research = reports.report(officer, 2026, uni.code()).metric(AutmRules.RESEARCH_EXPENDITURE);

        assertThat(research.available()).isTrue();
        assertThat(research.total("TZS")).isEqualByComparingTo("1250000.50");
        assertThat(research.steps()).singleElement().satisfies(s -> assertThat(s.why())
                .isEqualTo("entered by " + director.username() + "; source: Audited accounts FY2025/26"));
        assertThat(reports.report(officer, 2025, null).metric(AutmRules.RESEARCH_EXPENDITURE).available()).isFalse();
        assertThatThrownBy(() -> reports.enterResearchExpenditure(officer, 2026, new EnterResearchExpenditure(
                BigDecimal.ONE, "TZS", "x"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.enterResearchExpenditure(director, 2026, new EnterResearchExpenditure(
                BigDecimal.ONE, "ZZZ", "x"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void scopeFollowsTheRoles() {
        Institution elsewhere = institutions.save(new Institution("S" + suffix, "Elsewhere", "UG", 1));
        Actor otherOfficer = new Actor("o" + suffix, Role.OFFICER, elsewhere.id(), elsewhere.code(), "UG");

        assertThat(reports.report(new Actor("c" + suffix, Role.COORDINATOR, null, null, "TZ"), 2026, uni.code())
                .institutionCode()).isEqualTo(uni.code());
        assertThat(reports.report(new Actor("r" + suffix, Role.REVIEWER, null, null, null), 2026, uni.code())
                .metric(AutmRules.INVENTION_DISCLOSURES).count()).isEqualTo(2);
        assertThat(reports.report(otherOfficer, 2026, null).institutionCode()).isEqualTo(elsewhere.code());
        assertThatThrownBy(() -> reports.report(otherOfficer, 2026, uni.code()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(new Actor("c" + suffix, Role.COORDINATOR, null, null, "UG"), 2026,
                uni.code())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.report(new Actor("i" + suffix, Role.INVENTOR, uni.id(), uni.code(), "TZ"),
                2026, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.report(new Actor("a" + suffix, Role.ADMIN, null, null, null), 2026, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.report(officer, 1979, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.report(officer, 2026, "NOPE" + suffix))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNewStartOfTheFiscalYearMovesThePeriod() {
        uni.changeFiscalYearStart(1, 1);
        institutions.saveAndFlush(uni);

        AutmReport calendar = reports.report(officer, 2026, null);

        assertThat(calendar.fiscalYear().start()).isEqualTo(LocalDate.of(2026, 1, 1));
        // case B (March 2026) and the one submitted on 1 July 2026 fall in calendar 2026
        assertThat(calendar.metric(AutmRules.INVENTION_DISCLOSURES).counted()).extracting(Step::reference)
                .containsExactly(uni.code() + "-2026-0002", uni.code() + "-2026-0004");
    }

    private void country(String code, String name) {
        if (!countries.existsById(code)) {
            countries.save(new Country(code, name, Region.AFRICA, true, 9));
        }
    }

    private long disclosure(int number, String submittedAt) {
        String reference = uni.code() + "-2026-000" + number;
        jdbc.update("INSERT INTO disclosure (reference, institution_id, ref_year, ref_number, title, summary, "
                + "confidential_description, trl, status, novelty_at_risk, submitted_by, submitted_at, version) "
                + "VALUES (?, ?, 2026, ?, 'Invention', 's', 'c', 4, 'READY_FOR_COMMERCIALISATION', FALSE, 'inv', "
                + "TIMESTAMP '" + submittedAt + "', 0)", reference, uni.id(), number);
        long id = jdbc.queryForObject("SELECT id FROM disclosure WHERE reference = ?", Long.class, reference);
        jdbc.update("INSERT INTO disclosure_inventor (disclosure_id, list_index, name, email, affiliation, "
                + "share_percent, username) VALUES (?, 0, 'Irene', 'i@r.test', 'Engineering', 100, NULL)", id);
        return id;
    }

    private static NewFiling filing(String office, FilingKind kind, String number, String filed,
            Set<String> claims) {
        return new NewFiling(office, kind, number, LocalDate.parse(filed), claims, Set.of());
    }

    private static LicenseTerms terms(String licensee, AgreementType type, LicenseeSize size, String field,
            String start, String end) {
        return new LicenseTerms(licensee, null, false, type, field, "East Africa", LocalDate.parse(start),
                LocalDate.parse(end), "USD", BigDecimal.ZERO, List.of(new RoyaltyTier(BigDecimal.ZERO,
                        new BigDecimal("3"))), BigDecimal.ZERO, List.of(), BigDecimal.ZERO, false,
                ReportingPeriod.ANNUAL, size);
    }

    private LicenseAgreement executed(long caseId, LicenseTerms terms, String on) {
        LicenseAgreement agreement = licensing.draft(officer, caseId, terms);
        licensing.approve(director, agreement.id());
        licensing.execute(officer, agreement.id(), new ExecuteAgreement(LocalDate.parse(on)));
        return agreement;
    }

    private static RecordCost cost(CaseCost.Kind kind, String what, String on, String amount) {
        return new RecordCost(kind, what, LocalDate.parse(on), "USD", new BigDecimal(amount));
    }

    private long receipt(long caseId, Long agreementId, AutmCategory category, String currency, String amount,
            String on) {
        return revenue.recordReceipt(officer, new RecordReceipt(caseId, agreementId, category, currency,
                new BigDecimal(amount), LocalDate.parse(on), null)).receiptId();
    }
}
