package org.tto.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import org.tto.CoreTestApplication;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicenseeSize;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.RecordRoyaltyReport;
import org.tto.licensing.LicensingService;
import org.tto.licensing.Milestone;
import org.tto.licensing.Obligation;
import org.tto.licensing.ReportingPeriod;
import org.tto.licensing.RoyaltyReport;
import org.tto.licensing.RoyaltyTier;
import org.tto.licensing.SalesLine;
import org.tto.plan.PlanTransitions;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.OnMariaDb;

/**
 * Receipts paid against a royalty report, through the services on MariaDB: the link validated, what was received
 * and what is outstanding on the report, its payment obligation fulfilled once covered, over-payment flagged.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
@Transactional
class RoyaltyReceiptsIT {

    /** The plan state machine lives in tto-workflow; this test of tto-core does not touch plans. */
    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    LicensingService licensing;

    @Autowired
    RevenueService revenue;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    CaseFixture fixture;
    Actor officer;
    LicenseAgreement agreement;
    RoyaltyReport q2;

    @BeforeEach
    void aLicenceWithAReportOwing4500() {
        fixture = CaseFixture.create(countries, institutions, users, jdbc);
        officer = fixture.officer();
        revenue.definePolicy(fixture.director(), new DefinePolicy(null, LocalDate.of(2024, 1, 1), "USD", false,
                BigDecimal.ZERO, "Chemistry", "IP policy", List.of(new PolicyBand(null, new BigDecimal("40"),
                        new BigDecimal("30"), new BigDecimal("30")))));
        agreement = executed("diagnostics");
        // 50 000 of sales at 5 % = 2 500; 25 % of 8 000 sublicence income = 2 000: owed 4 500, declared paid 4 000
        q2 = licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 30), "50000", "8000", "4000"));
    }

    @Test
    void aReportThatOwesOpensItsPaymentObligationAndOneThatOwesNothingDoesNot() {
        Obligation payment = paymentObligation(LocalDate.of(2024, 4, 1));
        assertThat(payment.amount()).isEqualByComparingTo("4500");
        assertThat(payment.dueDate()).isEqualTo(LocalDate.of(2024, 8, 14)); // 45 days after the period
        assertThat(payment.status()).isEqualTo(Obligation.Status.OPEN);

        licensing.recordRoyaltyReport(officer, agreement.id(), report(LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 9, 30), "0", "0", "0"));
        assertThat(licensing.obligations(officer, agreement.id()))
                .filteredOn(o -> o.kind() == Obligation.Kind.ROYALTY_PAYMENT).singleElement()
                .extracting(Obligation::periodStart).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void receiptsCoveringWhatIsOwedFulfilThePaymentAndMoreIsFlaggedAsOverPayment() {
        receipt(AutmCategory.RUNNING_ROYALTY, "2500.00", LocalDate.of(2024, 8, 1));
        RoyaltyReportPayments partly = revenue.reportPayments(officer, agreement.id()).get(q2.id());
        assertThat(partly.received()).isEqualByComparingTo("2500");
        assertThat(partly.outstanding()).isEqualByComparingTo("2000");
        assertThat(partly.settled()).isFalse();
        assertThat(paymentObligation(LocalDate.of(2024, 4, 1)).status()).isEqualTo(Obligation.Status.OPEN);

        receipt(AutmCategory.SUBLICENCE_INCOME, "2000.00", LocalDate.of(2024, 8, 10));
        RoyaltyReportPayments paid = revenue.reportPayments(officer, agreement.id()).get(q2.id());
        assertThat(paid.received()).isEqualByComparingTo("4500");
        assertThat(paid.outstanding()).isEqualByComparingTo("0");
        assertThat(paid.settled()).isTrue();
        assertThat(paid.overpaid()).isFalse();
        assertThat(paid.paidDeclared()).isEqualByComparingTo("4000");
        assertThat(paid.receipts()).extracting(Receipt::category).containsExactly(AutmCategory.RUNNING_ROYALTY,
                AutmCategory.SUBLICENCE_INCOME);
        Obligation payment = paymentObligation(LocalDate.of(2024, 4, 1));
        assertThat(payment.status()).isEqualTo(Obligation.Status.FULFILLED);
        assertThat(payment.fulfilledOn()).isEqualTo(LocalDate.of(2024, 8, 10));
        assertThat(events("ROYALTY_REPORT_PAID")).singleElement().asString()
                .contains("owed 4500", "received 4500", "payment obligation " + payment.id() + " fulfilled");

        receipt(AutmCategory.RUNNING_ROYALTY, "100.00", LocalDate.of(2024, 8, 20));
        RoyaltyReportPayments over = revenue.reportPayments(officer, agreement.id()).get(q2.id());
        assertThat(over.overpaid()).isTrue();
        assertThat(over.outstanding()).isEqualByComparingTo("-100");
        assertThat(over.trace()).last().asString().contains("over-paid by 100");
        assertThat(events("ROYALTY_REPORT_OVERPAID")).singleElement().asString().contains("over-paid by 100");
        assertThat(events("ROYALTY_REPORT_PAID")).as("paid in full is said once").hasSize(1);
        // the receipts were distributed like any other
        assertThat(revenue.distributions(officer, fixture.caseId())).hasSize(3);
    }

    @Test
    void aReceiptIsPaidAgainstAReportOfItsOwnAgreementInItsCurrencyAndACategoryTheReportOwes() {
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), null,
                AutmCategory.RUNNING_ROYALTY, "USD", BigDecimal.TEN, LocalDate.of(2024, 8, 1), null, q2.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("agreementId"));
        LicenseAgreement other = executed("veterinary");
        RoyaltyReport othersReport = licensing.recordRoyaltyReport(officer, other.id(), report(
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "1000", "0", "50"));
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), agreement.id(),
                AutmCategory.RUNNING_ROYALTY, "USD", BigDecimal.TEN, LocalDate.of(2024, 8, 1), null,
                othersReport.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), agreement.id(),
                AutmCategory.RUNNING_ROYALTY, "EUR", BigDecimal.TEN, LocalDate.of(2024, 8, 1), null, q2.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("currency"));
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), agreement.id(),
                AutmCategory.ISSUE_FEE, "USD", BigDecimal.TEN, LocalDate.of(2024, 8, 1), null, q2.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("category"));
        // the second quarter does not close the agreement year: no minimum is owed on it
        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), agreement.id(),
                AutmCategory.ANNUAL_MINIMUM, "USD", BigDecimal.TEN, LocalDate.of(2024, 8, 1), null, q2.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("owes no annual minimum");
        assertThat(revenue.reportPayments(officer, agreement.id()).get(q2.id()).received()).isEqualByComparingTo("0");
        Actor stranger = new Actor("stranger", Role.OFFICER, -1L, "XX", "TZ");
        assertThatThrownBy(() -> revenue.reportPayments(stranger, agreement.id()))
                .isInstanceOf(NotFoundException.class);
    }

    private Distribution receipt(AutmCategory category, String amount, LocalDate on) {
        return revenue.recordReceipt(officer, new RecordReceipt(fixture.caseId(), agreement.id(), category, "USD",
                new BigDecimal(amount), on, null, q2.id()));
    }

    private Obligation paymentObligation(LocalDate periodStart) {
        return licensing.paymentObligation(agreement.id(), periodStart).orElseThrow();
    }

    private List<String> events(String action) {
        return jdbc.queryForList("SELECT detail FROM case_event WHERE disclosure_id = ? AND action = ? ORDER BY id",
                String.class, fixture.caseId(), action);
    }

    private LicenseAgreement executed(String field) {
        LicenseAgreement drafted = licensing.draft(officer, fixture.caseId(), new LicenseTerms("Acme Diagnostics Ltd",
                "bd@acme.test", false, AgreementType.NON_EXCLUSIVE, field, "East Africa", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 1, 1), "USD", new BigDecimal("5000"),
                List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5")),
                        new RoyaltyTier(new BigDecimal("100000"), new BigDecimal("3"))),
                new BigDecimal("10000"), List.of(new Milestone("First sale", LocalDate.of(2025, 6, 30),
                        new BigDecimal("20000"))), new BigDecimal("25"), true, ReportingPeriod.QUARTERLY,
                LicenseeSize.SMALL));
        licensing.approve(fixture.director(), drafted.id());
        licensing.execute(officer, drafted.id(), new ExecuteAgreement(LocalDate.of(2024, 1, 10)));
        return drafted;
    }

    private static RecordRoyaltyReport report(LocalDate from, LocalDate to, String sales, String sublicence,
            String paid) {
        return new RecordRoyaltyReport(from, to, to.plusDays(20),
                List.of(new SalesLine("diagnostics", "KE", new BigDecimal(sales))), new BigDecimal(sublicence),
                new BigDecimal(paid));
    }
}
