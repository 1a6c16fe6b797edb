package org.tto.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.plan.PlanTransitions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.tto.CoreTestApplication;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.RecordRoyaltyReport;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.Beneficiary;
import org.tto.revenue.CaseCost;
import org.tto.revenue.Distribution;
import org.tto.revenue.DistributionShare;
import org.tto.revenue.PolicyBand;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordCost;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.revenue.RevenueService;
import org.tto.revenue.Statement;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.startup.ConflictVerdict;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands.ChangeStatus;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCommands.NewFounder;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupService;
import org.tto.startup.StartupStatus;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.OnMariaDb;

/** Licences, obligations, royalty reports, receipts and their distribution through the services on MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
@Transactional
class CommercialisationIT {

    /** The plan state machine lives in tto-workflow; this test of tto-core does not touch plans. */
    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    LicensingService licensing;

    @Autowired
    LicensingPathService paths;

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

    Actor officer;
    Actor director;
    Actor inventor;
    Actor otherOfficer;
    long caseId;

    @BeforeEach
    void aCaseReadyForCommercialisation() {
        CaseFixture fixture = CaseFixture.create(countries, institutions, users, jdbc);
        caseId = fixture.caseId();
        officer = fixture.officer();
        director = fixture.director();
        inventor = fixture.inventor();
        Institution other = institutions.save(new Institution("UO" + System.nanoTime() % 100000, "Other", "TZ",
                7));
        otherOfficer = new Actor("oth" + System.nanoTime(), Role.OFFICER, other.id(), other.code(), "TZ");
    }

    @Test
    void aLinkedLicenseeNeedsTheDirectorsClearanceThenExecutionSchedulesTheObligations() {
        LicenseAgreement agreement = licensing.draft(officer, caseId, terms(AgreementType.EXCLUSIVE, "diagnostics",
                true));
        assertThatThrownBy(() -> licensing.approve(director, agreement.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("conflict of interest");
        assertThatThrownBy(() -> licensing.clearConflict(officer, agreement.id(), "ok"))
                .isInstanceOf(ForbiddenException.class);

        licensing.clearConflict(director, agreement.id(), "Inventor holds no shares");
        licensing.approve(director, agreement.id());
        List<Obligation> schedule = licensing.execute(officer, agreement.id(),
                new ExecuteAgreement(LocalDate.of(2024, 1, 10)));

        // issue fee + 8 quarterly reports over two years + one milestone
        assertThat(schedule).hasSize(10);
        assertThat(schedule).filteredOn(o -> o.kind() == Obligation.Kind.ROYALTY_REPORT)
                .extracting(Obligation::periodStart, Obligation::periodEnd, Obligation::dueDate).first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 5, 15)));
        assertThat(schedule).filteredOn(o -> o.kind() == Obligation.Kind.ISSUE_FEE_PAYMENT).singleElement()
                .extracting(Obligation::dueDate).isEqualTo(LocalDate.of(2024, 2, 24));
        assertThat(licensing.get(officer, agreement.id()).status()).isEqualTo(AgreementStatus.EXECUTED);
    }

    @Test
    void anExclusiveLicenceBlocksAnotherInTheSameFieldAndTerritoryButNotInAnotherField() {
        LicenseAgreement rival = licensing.draft(officer, caseId, terms(AgreementType.NON_EXCLUSIVE, "Diagnostics",
                false));
        licensing.approve(director, rival.id());
        executed(terms(AgreementType.EXCLUSIVE, "diagnostics", false));
        // drafted before the exclusive one was signed: stopped at execution
        assertThatThrownBy(() -> licensing.execute(officer, rival.id(), new ExecuteAgreement(LocalDate.of(2024, 2,
                1)))).isInstanceOf(RuleViolationException.class).hasMessageContaining("exclusive");
        assertThatThrownBy(() -> licensing.draft(officer, caseId, terms(AgreementType.NON_EXCLUSIVE, "diagnostics",
                false))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> licensing.draft(officer, caseId, terms(AgreementType.EXCLUSIVE, "diagnostics",
                false))).isInstanceOf(RuleViolationException.class);
        LicenseAgreement otherField = executed(terms(AgreementType.EXCLUSIVE, "veterinary", false));
        assertThat(otherField.status()).isEqualTo(AgreementStatus.EXECUTED);
    }

    @Test
    void royaltyReportsAreCheckedAgainstTheTermsAndTheYearClosesWithTheMinimum() {
        LicenseAgreement agreement = executed(terms(AgreementType.NON_EXCLUSIVE, "diagnostics", false));

        RoyaltyReport q1 = licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 31), "80000", "0", "4000"));
        RoyaltyReport q2 = licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 30), "50000", "8000", "3000"));
        licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 9, 30), "0", "0", "0"));
        RoyaltyReport q4 = licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 12, 31), "0", "0", "4100"));

        assertThat(q1.owed()).isEqualByComparingTo("4000");
        assertThat(q1.variance()).isEqualByComparingTo("0");
        // 20 000 at 5 % + 30 000 at 3 %, plus 25 % of 8 000 sublicence income
        assertThat(q2.runningRoyalty()).isEqualByComparingTo("1900");
        assertThat(q2.sublicenceShare()).isEqualByComparingTo("2000");
        assertThat(q2.variance()).isEqualByComparingTo("-900");
        // the year ran 5 900 in royalties against a 10 000 minimum
        assertThat(q4.closesYear()).isTrue();
        assertThat(q4.minimumTopUp()).isEqualByComparingTo("4100");
        assertThat(q4.variance()).isEqualByComparingTo("0");
        assertThat(licensing.obligations(officer, agreement.id()))
                .filteredOn(o -> o.kind() == Obligation.Kind.ROYALTY_REPORT
                        && o.status() == Obligation.Status.FULFILLED).hasSize(4);
        assertThatThrownBy(() -> licensing.recordRoyaltyReport(officer, agreement.id(),
                report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), "1", "0", "0")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void upcomingObligationsAreOnlyThoseStillAheadAndPastDueOnesAreLateEvenBeforeTheSweep() {
        LicenseAgreement agreement = executed(terms(AgreementType.NON_EXCLUSIVE, "diagnostics", false));
        LocalDate today = LocalDate.now();

        // the 2024-2025 schedule is past, still OPEN until the sweep marks it
        assertThat(licensing.upcoming(officer, 3660)).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Obligation.Status.OPEN);
            assertThat(o.dueDate()).isAfterOrEqualTo(today);
        });
        assertThat(licensing.delinquent(officer)).extracting(Obligation::agreementId).contains(agreement.id());

        licensing.sweepLate();

        assertThat(licensing.upcoming(officer, 3660)).extracting(Obligation::agreementId)
                .doesNotContain(agreement.id());
        assertThat(licensing.delinquent(officer)).extracting(Obligation::agreementId).contains(agreement.id());
    }

    @Test
    void overdueObligationsGoLateAndShowInTheDelinquencyList() {
        LicenseAgreement agreement = executed(terms(AgreementType.NON_EXCLUSIVE, "diagnostics", false));

        int late = licensing.sweepLate();

        assertThat(late).isGreaterThanOrEqualTo(10); // the whole 2024-2025 schedule is past
        assertThat(licensing.delinquent(officer)).extracting(Obligation::agreementId).contains(agreement.id());
        assertThat(licensing.delinquent(officer)).allSatisfy(o -> assertThat(o.escalated()).isTrue());
        assertThat(licensing.delinquent(otherOfficer)).isEmpty();
        assertThat(licensing.sweepLate()).isZero();
    }

    @Test
    void receiptsAreDistributedByThePolicyInForceOnTheirDateAndSumToTheReceipt() {
        revenue.definePolicy(director, new DefinePolicy(null, LocalDate.of(2024, 1, 1), "USD", true,
                new BigDecimal("15"), "Chemistry", "IP policy 2024, art. 9",
                List.of(new PolicyBand(null, new BigDecimal("33.3334"), new BigDecimal("33.3333"),
                        new BigDecimal("33.3333")))));
        revenue.definePolicy(director, new DefinePolicy(null, LocalDate.of(2024, 7, 1), "USD", true,
                BigDecimal.ZERO, "Chemistry", "IP policy 2024 rev. 1",
                List.of(new PolicyBand(500_000L, new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25")),
                        new PolicyBand(null, new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30")))));
        revenue.recordCost(officer, caseId, new RecordCost(CaseCost.Kind.PATENT, "PCT filing", LocalDate.of(2023, 6,
                1), "USD", new BigDecimal("1000.00")));

        Distribution first = revenue.recordReceipt(officer, new RecordReceipt(caseId, null, AutmCategory.ISSUE_FEE,
                "USD", new BigDecimal("1500.01"), LocalDate.of(2024, 3, 1), null));
        Distribution second = revenue.recordReceipt(officer, new RecordReceipt(caseId, null,
                AutmCategory.RUNNING_ROYALTY, "USD", new BigDecimal("6000.00"), LocalDate.of(2024, 8, 1), null));

        assertThat(first.policyVersion()).isEqualTo(1);
        assertThat(first.costRecoveredMinor()).isEqualTo(100_000);
        assertThat(first.adminFeeMinor()).isEqualTo(7_500); // 15 % of 500.01, rounded down
        assertThat(first.shares().stream().mapToLong(DistributionShare::amountMinor).sum()).isEqualTo(150_001);
        assertThat(second.policyVersion()).isEqualTo(2);
        assertThat(second.costRecoveredMinor()).isZero();
        assertThat(second.cumulativeBeforeMinor()).isEqualTo(first.netMinor());
        assertThat(second.bandsTrace()).contains("band 1: " + first.netMinor() + " to 500000")
                .contains("band 2: 500000 to");
        assertThat(second.shares().stream().mapToLong(DistributionShare::amountMinor).sum()).isEqualTo(600_000);

        Statement statement = revenue.statement(inventor, inventor.username(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        long irene = first.shares().get(2).amountMinor() + second.shares().get(2).amountMinor();
        assertThat(statement.lines()).hasSize(2);
        assertThat(statement.totals().get("USD")).isEqualByComparingTo(BigDecimal.valueOf(irene, 2));
        assertThat(revenue.statement(officer, "department", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .kind()).isEqualTo(Beneficiary.Kind.DEPARTMENT);
    }

    @Test
    void scopeAndRoles() {
        assertThatThrownBy(() -> licensing.draft(otherOfficer, caseId, terms(AgreementType.EXCLUSIVE, "x", false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> licensing.draft(inventor, caseId, terms(AgreementType.EXCLUSIVE, "x", false)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> revenue.recordReceipt(otherOfficer, new RecordReceipt(caseId, null,
                AutmCategory.OTHER, "USD", BigDecimal.TEN, LocalDate.of(2024, 1, 1), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revenue.statement(inventor, "someone-else", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(caseId, null, AutmCategory.OTHER,
                "USD", BigDecimal.TEN, LocalDate.of(2024, 1, 1), null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("policy");
    }

    @Test
    void aStartUpFoundedByAnInventorNeedsTheDirectorsReviewsThenKeepsItsStatusOverTime() {
        StartupCompany startup = startups.form(officer, caseId, new FormStartup("Strip Diagnostics Ltd",
                "Point-of-care malaria strips for rural clinics", List.of(new NewFounder("Irene", true,
                        inventor.username()), new NewFounder("Musa, CEO", false, null))));
        Incorporate incorporation = new Incorporate(LocalDate.of(2019, 3, 1), "TZ-BRELA-140233", 150_000,
                new BigDecimal("7.5"), null);
        assertThatThrownBy(() -> startups.incorporate(officer, startup.id(), incorporation))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("business plan");
        assertThatThrownBy(() -> startups.reviewPlan(officer, startup.id(), PlanVerdict.APPROVE, null))
                .isInstanceOf(ForbiddenException.class);
        startups.reviewPlan(director, startup.id(), PlanVerdict.APPROVE, "Credible path to the first clinics");
        assertThatThrownBy(() -> startups.incorporate(officer, startup.id(), incorporation))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("conflict of interest");
        assertThatThrownBy(() -> startups.reviewConflict(officer, startup.id(), ConflictVerdict.CLEARED, "ok"))
                .isInstanceOf(ForbiddenException.class);

        startups.reviewConflict(director, startup.id(), ConflictVerdict.CLEARED,
                "Inventor's role and time commitment agreed");
        startups.remindIncorporation(startup.id());
        startups.incorporate(officer, startup.id(), incorporation);
        startups.remindIncorporation(startup.id());
        startups.recordPathEnded(startup.id());
        StartupCompany acquired = startups.changeStatus(officer, startup.id(), new ChangeStatus(StartupStatus.ACQUIRED,
                LocalDate.of(2023, 6, 1), "Acquired by MedCo"));

        assertThat(acquired.status()).isEqualTo(StartupStatus.ACQUIRED);
        assertThat(acquired.history()).extracting(c -> c.status()).containsExactly(StartupStatus.ACTIVE,
                StartupStatus.ACQUIRED);
        assertThat(acquired.equityPercent()).isEqualByComparingTo("7.5");
        assertThat(acquired.coiReviewedBy()).isEqualTo(director.username());
        assertThat(acquired.planReviews()).extracting(r -> r.verdict()).containsExactly(PlanVerdict.APPROVE);
        assertThat(startups.survival(officer)).satisfies(s -> {
            assertThat(s.formed()).isEqualTo(1);
            assertThat(s.aliveAt3Years()).isEqualTo(1);
            assertThat(s.knownAt5Years()).isEqualTo(1); // 2024-03-01 has passed
            assertThat(s.aliveAt5Years()).isEqualTo(1);
            assertThat(s.basis()).singleElement().satisfies(line -> {
                assertThat(line.status()).isEqualTo(StartupStatus.ACQUIRED);
                assertThat(line.closedOn()).isNull();
                assertThat(line.mark5Years()).isEqualTo(LocalDate.of(2024, 3, 1));
                assertThat(line.aliveAt5Years()).isTrue();
            });
        });
        assertThat(caseHistory()).containsSubsequence("STARTUP_FORMING", "STARTUP_PLAN_APPROVED",
                "STARTUP_COI_CLEARED", "STARTUP_INCORPORATION_REMINDER", "STARTUP_INCORPORATED",
                "STARTUP_PATH_ENDED", "STARTUP_ACQUIRED");
        assertThat(caseHistory()).as("no reminder once incorporated").containsOnlyOnce(
                "STARTUP_INCORPORATION_REMINDER");
        assertThatThrownBy(() -> startups.get(otherOfficer, startup.id())).isInstanceOf(NotFoundException.class);
        assertThat(startups.ofCase(officer, caseId)).extracting(StartupCompany::id).containsExactly(startup.id());
    }

    @Test
    void aStartUpClosedBeforeThreeYearsDidNotSurvive() {
        StartupCompany startup = startups.form(officer, caseId, new FormStartup("Short Lived Ltd", null,
                List.of(new NewFounder("Outside founder", false, null))));
        startups.reviewPlan(director, startup.id(), PlanVerdict.APPROVE, null);
        startups.incorporate(officer, startup.id(), new Incorporate(LocalDate.of(2019, 1, 1), "TZ-1", 0,
                BigDecimal.ZERO, null));
        startups.changeStatus(officer, startup.id(), new ChangeStatus(StartupStatus.CLOSED, LocalDate.of(2021, 5, 1),
                "Ran out of funding"));

        assertThat(startups.survival(officer)).satisfies(s -> {
            assertThat(s.aliveAt3Years()).isZero();
            assertThat(s.knownAt3Years()).isEqualTo(1);
            assertThat(s.rule()).contains("did not close before the day N years after its incorporation");
            assertThat(s.basis()).singleElement().satisfies(line -> {
                assertThat(line.closedOn()).isEqualTo(LocalDate.of(2021, 5, 1));
                assertThat(line.mark3Years()).isEqualTo(LocalDate.of(2022, 1, 1));
                assertThat(line.aliveAt3Years()).isFalse();
                assertThat(line.aliveAt5Years()).as("closed before 5 years, too").isFalse();
            });
        });
        assertThatThrownBy(() -> startups.changeStatus(officer, startup.id(), new ChangeStatus(StartupStatus.ACQUIRED,
                LocalDate.of(2022, 1, 1), null))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDeclinedPlanAbandonsTheStartUpWithItsReasonInTheCaseHistoryAndItIsNeverCountedAsFormed() {
        StartupCompany startup = startups.form(officer, caseId, new FormStartup("Too Early Ltd", "Sell strips",
                List.of(new NewFounder("Irene", true, inventor.username()))));
        startups.reviewPlan(director, startup.id(), PlanVerdict.REVISE, "No market sizing");
        startups.revisePlan(officer, startup.id(), "Sell strips to 40 county clinics", "Market sized");
        startups.reviewPlan(director, startup.id(), PlanVerdict.DECLINE, "Still no paying customer in sight");
        startups.recordPathAbandoned(startup.id());
        startups.remindIncorporation(startup.id());

        StartupCompany abandoned = startups.get(officer, startup.id());
        assertThat(abandoned.status()).isEqualTo(StartupStatus.ABANDONED);
        assertThat(abandoned.planReviews()).extracting(r -> r.planSummary()).containsExactly("Sell strips",
                "Sell strips to 40 county clinics");
        assertThat(caseHistory()).containsSubsequence("STARTUP_FORMING", "STARTUP_PLAN_REVISION_REQUESTED",
                "STARTUP_PLAN_REVISED", "STARTUP_PLAN_DECLINED", "STARTUP_PATH_ABANDONED")
                .doesNotContain("STARTUP_INCORPORATION_REMINDER");
        assertThat(jdbc.queryForObject("SELECT detail FROM case_event WHERE disclosure_id = ? AND action = "
                + "'STARTUP_PATH_ABANDONED'", String.class, caseId))
                .endsWith("Business plan declined: Still no paying customer in sight");
        assertThat(startups.survival(officer).formed()).isZero();
    }

    @Test
    void anExclusiveOptionIsRefusedWhereALiveLicenceTakesTheFieldAndAnyOptionWhereAnExclusiveOneDoes() {
        LicenseAgreement nonExclusive = licensing.draft(officer, caseId, terms(AgreementType.NON_EXCLUSIVE,
                "diagnostics", false));
        LicensingPath path = atOption("pi-option-" + caseId);
        OptionGrant exclusiveOption = new OptionGrant(true, "Diagnostics", "East Africa", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 9, 1), "USD", new BigDecimal("1000"));
        assertThatThrownBy(() -> paths.grantOption(officer, path.id(), exclusiveOption))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Agreement " + nonExclusive.id());
        OptionGrant sharedOption = new OptionGrant(false, "diagnostics", "East Africa", LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 9, 1), "USD", new BigDecimal("1000"));
        assertThat(paths.grantOption(officer, path.id(), sharedOption).stage()).isEqualTo(PathStage.TERM_SHEET);

        LicenseAgreement exclusive = executed(terms(AgreementType.EXCLUSIVE, "veterinary", false));
        LicensingPath second = atOption("pi-option-2-" + caseId);
        assertThatThrownBy(() -> paths.grantOption(officer, second.id(), new OptionGrant(false, "veterinary",
                "East Africa", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1), "USD", BigDecimal.ZERO)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Agreement " + exclusive.id());
        assertThat(paths.grantOption(officer, second.id(), new OptionGrant(true, "veterinary", "West Africa",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1), "USD", BigDecimal.ZERO)).option().territory())
                .as("another territory is free").isEqualTo("West Africa");
    }

    private LicensingPath atOption(String processInstanceId) {
        LicensingPath path = paths.open(caseId, processInstanceId, officer.username());
        paths.writeBrief(officer, path.id(), new LicensingCommands.WriteBrief("Strip", "p", "a", "e", 4, null));
        Prospect prospect = paths.addProspect(officer, caseId, new LicensingCommands.AddProspect("Optio Ltd",
                LicenseeSize.STARTUP, "KE", null, null, false));
        paths.chooseProspect(officer, path.id(), prospect.id());
        return paths.recordConfidentiality(officer, path.id(), new Confidentiality(Confidentiality.Kind.CDA,
                LocalDate.of(2024, 2, 1), null, "CDA-1"), true);
    }

    private List<String> caseHistory() {
        return jdbc.queryForList("SELECT action FROM case_event WHERE disclosure_id = ? ORDER BY occurred_at, id",
                String.class, caseId);
    }

    private LicenseAgreement executed(LicenseTerms terms) {
        LicenseAgreement agreement = licensing.draft(officer, caseId, terms);
        licensing.approve(director, agreement.id());
        licensing.execute(officer, agreement.id(), new ExecuteAgreement(LocalDate.of(2024, 1, 10)));
        return agreement;
    }

    static LicenseTerms terms(AgreementType type, String field, boolean linked) {
        return new LicenseTerms("Acme Diagnostics Ltd", "bd@acme.test", linked, type, field, "East Africa",
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), "USD", new BigDecimal("5000"),
                List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5")),
                        new RoyaltyTier(new BigDecimal("100000"), new BigDecimal("3"))),
                new BigDecimal("10000"), List.of(new Milestone("First sale", LocalDate.of(2025, 6, 30),
                        new BigDecimal("20000"))),
                new BigDecimal("25"), true, ReportingPeriod.QUARTERLY, LicenseeSize.SMALL);
    }

    static RecordRoyaltyReport report(LocalDate from, LocalDate to, String sales, String sublicence, String paid) {
        return new RecordRoyaltyReport(from, to, to.plusDays(20),
                List.of(new SalesLine("diagnostics", "KE", new BigDecimal(sales))), new BigDecimal(sublicence),
                new BigDecimal(paid));
    }
}
