package org.tto.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tto.licensing.RoyaltyReport;

/** Owed, received, outstanding and their trace for one royalty report, from the receipts paid against it. */
class RoyaltyReportPaymentsTest {

    private static final long REPORT = 41;

    /** Owed 4 500.00 = running royalty 2 500.00 + sublicence share 2 000.00; the licensee declared 4 000.00. */
    private final RoyaltyReport report = report();

    @Test
    void nothingReceivedYetLeavesAllOwedOutstanding() {
        RoyaltyReportPayments payments = RoyaltyReportPayments.of(report, List.of());

        assertThat(payments.received()).isEqualByComparingTo("0");
        assertThat(payments.outstanding()).isEqualByComparingTo("4500.00");
        assertThat(payments.paidDeclared()).isEqualByComparingTo("4000.00");
        assertThat(payments.settled()).isFalse();
        assertThat(payments.overpaid()).isFalse();
        assertThat(payments.trace()).containsExactly(
                "owed 4500 = running royalty 2500 + sublicence share 2000 + minimum top-up 0 (the report's check "
                        + "against the terms)",
                "paid as declared by the licensee 4000",
                "received 0: no receipt paid against the report",
                "outstanding 4500 - 0 = 4500");
    }

    @Test
    void receivedIsTheSumOfTheReceiptsAgainstThisReportOnly() {
        RoyaltyReportPayments payments = RoyaltyReportPayments.of(report, List.of(
                receipt(REPORT, AutmCategory.RUNNING_ROYALTY, "2500.00", 5),
                receipt(REPORT + 1, AutmCategory.RUNNING_ROYALTY, "999.00", 6),
                receipt(REPORT, AutmCategory.SUBLICENCE_INCOME, "1500.50", 2)));

        assertThat(payments.received()).isEqualByComparingTo("4000.50");
        assertThat(payments.outstanding()).isEqualByComparingTo("499.50");
        assertThat(payments.settled()).isFalse();
        // in the order received
        assertThat(payments.receipts()).extracting(Receipt::amount).containsExactly(new BigDecimal("1500.50"),
                new BigDecimal("2500.00"));
        assertThat(payments.trace()).contains("received 4000.5 = 1500.5 + 2500",
                "outstanding 4500 - 4000.5 = 499.5");
    }

    @Test
    void exactlyOwedIsSettledAndMoreIsFlaggedAsOverPayment() {
        RoyaltyReportPayments exact = RoyaltyReportPayments.of(report, List.of(
                receipt(REPORT, AutmCategory.RUNNING_ROYALTY, "4500.00", 1)));
        RoyaltyReportPayments over = RoyaltyReportPayments.of(report, List.of(
                receipt(REPORT, AutmCategory.RUNNING_ROYALTY, "4500.00", 1),
                receipt(REPORT, AutmCategory.RUNNING_ROYALTY, "0.01", 3)));

        assertThat(exact.settled()).isTrue();
        assertThat(exact.overpaid()).isFalse();
        assertThat(exact.outstanding()).isEqualByComparingTo("0");
        assertThat(exact.trace()).last().isEqualTo("outstanding 4500 - 4500 = 0 (settled)");
        assertThat(over.settled()).isTrue();
        assertThat(over.overpaid()).isTrue();
        assertThat(over.outstanding()).isEqualByComparingTo("-0.01");
        assertThat(over.trace()).last().isEqualTo("outstanding 4500 - 4500.01 = -0.01 (over-paid by 0.01)");
    }

    private static RoyaltyReport report() {
        RoyaltyReport report = mock(RoyaltyReport.class);
        when(report.id()).thenReturn(REPORT);
        when(report.owed()).thenReturn(new BigDecimal("4500.00"));
        when(report.paid()).thenReturn(new BigDecimal("4000.00"));
        when(report.runningRoyalty()).thenReturn(new BigDecimal("2500.00"));
        when(report.sublicenceShare()).thenReturn(new BigDecimal("2000.00"));
        when(report.minimumTopUp()).thenReturn(BigDecimal.ZERO);
        return report;
    }

    private static Receipt receipt(long reportId, AutmCategory category, String amount, int dayOfMonth) {
        return new Receipt(1L, 1L, 7L, reportId, category, Currency.getInstance("USD"), new BigDecimal(amount),
                LocalDate.of(2024, 8, dayOfMonth), null, "officer", Instant.EPOCH);
    }
}
