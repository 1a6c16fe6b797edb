package org.tto.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tto.shared.InvalidInputException;

class DistributionCalculatorTest {

    static final PolicyTerms THIRDS = new PolicyTerms(1, true, BigDecimal.ZERO,
            List.of(new PolicyBand(null, pct("33.3334"), pct("33.3333"), pct("33.3333"))));

    static final List<Beneficiary> TWO_INVENTORS = List.of(Beneficiary.inventor("Ama", "inventor-a", pct("60")),
            Beneficiary.inventor("Kofi", null, pct("40")));

    @Test
    void recoversCostsFirstThenTakesTheFeeThenSharesTheRest() {
        PolicyTerms policy = new PolicyTerms(3, true, pct("15"),
                List.of(new PolicyBand(null, pct("40"), pct("30"), pct("30"))));

        Split split = DistributionCalculator.split(1_000_000, 200_000, 0, policy, TWO_INVENTORS, "Chemistry", "UNA");

        assertThat(split.policyVersion()).isEqualTo(3);
        assertThat(split.costRecoveredMinor()).isEqualTo(200_000);
        assertThat(split.adminFeeMinor()).isEqualTo(120_000); // 15 % of 800 000
        assertThat(split.netMinor()).isEqualTo(680_000);
        assertThat(amounts(split)).containsExactly(200_000L, 120_000L, 163_200L, 108_800L, 204_000L, 204_000L);
        assertThat(split.parts().get(2).how()).isEqualTo("680000 x 40 % x 60 % (band 1)");
        assertThat(split.sumOfParts()).isEqualTo(1_000_000);
    }

    @Test
    void costRecoveryTakesTheWholeReceiptWhenCostsExceedIt() {
        Split split = DistributionCalculator.split(5_000, 12_000, 0, THIRDS, TWO_INVENTORS, "Dept", "UNA");

        assertThat(split.costRecoveredMinor()).isEqualTo(5_000);
        assertThat(split.netMinor()).isZero();
        assertThat(amounts(split)).containsExactly(5_000L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void withoutCostRecoveryTheCostsAreLeftAlone() {
        PolicyTerms policy = new PolicyTerms(1, false, BigDecimal.ZERO,
                List.of(new PolicyBand(null, pct("50"), pct("0"), pct("50"))));

        Split split = DistributionCalculator.split(10_000, 9_999, 0, policy, TWO_INVENTORS, "Dept", "UNA");

        assertThat(split.costRecoveredMinor()).isZero();
        assertThat(amounts(split)).containsExactly(0L, 0L, 3_000L, 2_000L, 0L, 5_000L);
    }

    @Test
    void theFeeRoundsDownSoTheBeneficiariesKeepTheFraction() {
        PolicyTerms policy = new PolicyTerms(1, false, pct("15"),
                List.of(new PolicyBand(null, pct("100"), pct("0"), pct("0"))));

        Split split = DistributionCalculator.split(999, 0, 0, policy, TWO_INVENTORS, "Dept", "UNA");

        assertThat(split.adminFeeMinor()).isEqualTo(149); // 149.85
        assertThat(split.netMinor()).isEqualTo(850);
    }

    @Test
    void leftoverUnitsGoToTheLargestRemaindersAndTiesToTheFirstListed() {
        // 100 units in thirds: exact 33.33.. each for the three; one unit left; equal remainders: the first listed
        PolicyTerms policy = new PolicyTerms(1, false, BigDecimal.ZERO,
                List.of(new PolicyBand(null, pct("33.3334"), pct("33.3333"), pct("33.3333"))));
        Split split = DistributionCalculator.split(100, 0, 0, policy,
                List.of(Beneficiary.inventor("Solo", null, pct("100"))), "Dept", "UNA");

        // exact: 33.3334, 33.3333, 33.3333 -> floors 33, 33, 33 -> the one left unit to the largest remainder
        assertThat(amounts(split)).containsExactly(0L, 0L, 34L, 33L, 33L);
        assertThat(split.parts().get(2).remainderUnits()).isEqualTo(1);

        Split tie = DistributionCalculator.split(1, 0, 0, new PolicyTerms(1, false, BigDecimal.ZERO,
                List.of(new PolicyBand(null, pct("50"), pct("0"), pct("50")))),
                List.of(Beneficiary.inventor("A", null, pct("50")), Beneficiary.inventor("B", null, pct("50"))),
                "Dept", "UNA");
        // exact 0.25, 0.25, 0, 0.5 -> the institution's 0.5 is the largest remainder
        assertThat(amounts(tie)).containsExactly(0L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void aReceiptCrossingABandIsSharedByEachBandForItsPart() {
        PolicyTerms tiered = new PolicyTerms(2, false, BigDecimal.ZERO, List.of(
                new PolicyBand(50_000L, pct("50"), pct("25"), pct("25")),
                new PolicyBand(null, pct("30"), pct("30"), pct("40"))));

        Split split = DistributionCalculator.split(40_000, 0, 30_000, tiered,
                List.of(Beneficiary.inventor("Solo", null, pct("100"))), "Dept", "UNA");

        assertThat(split.slices()).extracting(Split.Slice::band, Split.Slice::fromMinor, Split.Slice::toMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 30_000L, 50_000L),
                        org.assertj.core.groups.Tuple.tuple(2, 50_000L, 70_000L));
        // inventors: 20 000 x 50 % + 20 000 x 30 % = 16 000
        assertThat(amounts(split)).containsExactly(0L, 0L, 16_000L, 11_000L, 13_000L);
        assertThat(split.parts().get(2).how()).isEqualTo("20000 x 50 % x 100 % (band 1) + 20000 x 30 % x 100 % "
                + "(band 2)");
    }

    @Test
    void aCaseAlreadyPastTheFirstBandUsesTheNextOneOnly() {
        PolicyTerms tiered = new PolicyTerms(2, false, BigDecimal.ZERO, List.of(
                new PolicyBand(50_000L, pct("50"), pct("25"), pct("25")),
                new PolicyBand(null, pct("30"), pct("30"), pct("40"))));

        Split split = DistributionCalculator.split(10_000, 0, 80_000, tiered,
                List.of(Beneficiary.inventor("Solo", null, pct("100"))), "Dept", "UNA");

        assertThat(split.slices()).extracting(Split.Slice::band).containsExactly(2);
        assertThat(amounts(split)).containsExactly(0L, 0L, 3_000L, 3_000L, 4_000L);
    }

    @Test
    void refusesSharesThatDoNotSumTo100() {
        assertThatThrownBy(() -> new PolicyTerms(1, true, BigDecimal.ZERO,
                List.of(new PolicyBand(null, pct("33"), pct("33"), pct("33")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> DistributionCalculator.split(1, 0, 0, THIRDS,
                List.of(Beneficiary.inventor("A", null, pct("90"))), "D", "I"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesBandsThatDoNotRiseOrAClosedLastBand() {
        PolicyBand half = new PolicyBand(null, pct("50"), pct("25"), pct("25"));
        assertThatThrownBy(() -> new PolicyTerms(1, true, BigDecimal.ZERO,
                List.of(new PolicyBand(100L, pct("50"), pct("25"), pct("25")),
                        new PolicyBand(100L, pct("50"), pct("25"), pct("25")), half)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PolicyTerms(1, true, BigDecimal.ZERO,
                List.of(new PolicyBand(100L, pct("50"), pct("25"), pct("25")))))
                .isInstanceOf(InvalidInputException.class);
    }

    static List<Long> amounts(Split split) {
        return split.parts().stream().map(Split.Part::amountMinor).toList();
    }

    static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
