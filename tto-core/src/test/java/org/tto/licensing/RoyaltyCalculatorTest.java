package org.tto.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tto.shared.InvalidInputException;

class RoyaltyCalculatorTest {

    static final Currency USD = Currency.getInstance("USD");

    // 5 % up to 100 000 of net sales in the year, 3 % above; minimum 10 000 a year; 25 % of sublicence income
    static final RoyaltyTerms TERMS = new RoyaltyTerms(USD, List.of(new RoyaltyTier(d("0"), d("5")),
            new RoyaltyTier(d("100000"), d("3"))), d("10000"), d("25"));

    @Test
    void salesWithinTheFirstTierPayItsRate() {
        RoyaltyComputation c = RoyaltyCalculator.compute(TERMS, d("0"), d("0"),
                List.of(new SalesLine("diagnostics", "GH", d("40000")), new SalesLine("diagnostics", "NG",
                        d("10000.10"))), d("0"), false, d("2500"));

        assertThat(c.netSales()).isEqualByComparingTo("50000.10");
        assertThat(c.runningRoyalty()).isEqualByComparingTo("2500.01"); // 2500.005 half-up
        assertThat(c.owed()).isEqualByComparingTo("2500.01");
        assertThat(c.variance()).isEqualByComparingTo("-0.01");
        assertThat(c.underpaid()).isTrue();
    }

    @Test
    void salesCrossingATierPayEachTiersRateOnItsPart() {
        RoyaltyComputation c = RoyaltyCalculator.compute(TERMS, d("80000"), d("4000"),
                List.of(new SalesLine("diagnostics", "GH", d("50000"))), d("0"), false, d("1600"));

        // 20 000 x 5 % + 30 000 x 3 % = 1 000 + 900
        assertThat(c.slices()).extracting(RoyaltyComputation.TierSlice::tier, s -> s.royalty().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "1000.00"),
                        org.assertj.core.groups.Tuple.tuple(2, "900.00"));
        assertThat(c.runningRoyalty()).isEqualByComparingTo("1900");
        assertThat(c.variance()).isEqualByComparingTo("-300");
        assertThat(c.trace()).contains("tier 2: (130000 - 100000) x 3 % = 900");
    }

    @Test
    void sublicenceIncomeOwesTheAgreedShareAndIsNotARunningRoyalty() {
        RoyaltyComputation c = RoyaltyCalculator.compute(TERMS, d("0"), d("0"), List.of(), d("8000"), false,
                d("2000"));

        assertThat(c.runningRoyalty()).isEqualByComparingTo("0");
        assertThat(c.sublicenceShare()).isEqualByComparingTo("2000");
        assertThat(c.variance()).isEqualByComparingTo("0");
        assertThat(c.underpaid()).isFalse();
    }

    @Test
    void theReportClosingTheYearTopsUpToTheAnnualMinimum() {
        RoyaltyComputation c = RoyaltyCalculator.compute(TERMS, d("60000"), d("3000"),
                List.of(new SalesLine("diagnostics", "GH", d("20000"))), d("0"), true, d("7000"));

        // running 1 000; the year's 4 000 is 6 000 short of the 10 000 minimum
        assertThat(c.runningRoyalty()).isEqualByComparingTo("1000");
        assertThat(c.minimumTopUp()).isEqualByComparingTo("6000");
        assertThat(c.owed()).isEqualByComparingTo("7000");
        assertThat(c.variance()).isEqualByComparingTo("0");
    }

    @Test
    void noTopUpWhenTheYearMeetsTheMinimumOrDoesNotCloseYet() {
        RoyaltyComputation met = RoyaltyCalculator.compute(TERMS, d("150000"), d("9500"),
                List.of(new SalesLine("diagnostics", "GH", d("20000"))), d("0"), true, d("600"));
        RoyaltyComputation open = RoyaltyCalculator.compute(TERMS, d("0"), d("0"), List.of(), d("0"), false, d("0"));

        assertThat(met.runningRoyalty()).isEqualByComparingTo("600");
        assertThat(met.minimumTopUp()).isEqualByComparingTo("0");
        assertThat(open.minimumTopUp()).isEqualByComparingTo("0");
    }

    @Test
    void yenHasNoMinorUnit() {
        RoyaltyTerms yen = new RoyaltyTerms(Currency.getInstance("JPY"), List.of(new RoyaltyTier(d("0"), d("2.5"))),
                d("0"), d("0"));
        RoyaltyComputation c = RoyaltyCalculator.compute(yen, d("0"), d("0"),
                List.of(new SalesLine("all", "JP", d("1001"))), d("0"), false, d("25"));

        assertThat(c.runningRoyalty().toPlainString()).isEqualTo("25"); // 25.025
        assertThat(c.variance()).isEqualByComparingTo("0");
    }

    @Test
    void refusesTiersNotStartingAtZeroOrNotRisingAndNegativeSales() {
        assertThatThrownBy(() -> new RoyaltyTerms(USD, List.of(new RoyaltyTier(d("10"), d("5"))), d("0"), d("0")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RoyaltyTerms(USD, List.of(new RoyaltyTier(d("0"), d("5")),
                new RoyaltyTier(d("0"), d("3"))), d("0"), d("0"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RoyaltyCalculator.compute(TERMS, d("0"), d("0"),
                List.of(new SalesLine("x", "y", d("-1"))), d("0"), false, d("0")))
                .isInstanceOf(InvalidInputException.class);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
