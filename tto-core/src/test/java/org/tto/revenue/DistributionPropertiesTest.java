package org.tto.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** For random receipts, policies, bands and inventor shares: the parts always sum exactly to the receipt. */
class DistributionPropertiesTest {

    @Property(tries = 2000)
    void partsSumExactlyToTheReceipt(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long receipt,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long unrecovered,
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long cumulativeBefore,
            @ForAll("policies") PolicyTerms policy, @ForAll("inventors") List<Beneficiary> inventors) {
        Split split = DistributionCalculator.split(receipt, unrecovered, cumulativeBefore, policy, inventors, "D", "I");

        assertThat(split.sumOfParts()).isEqualTo(receipt);
        assertThat(split.costRecoveredMinor() + split.adminFeeMinor() + split.netMinor()).isEqualTo(receipt);
        assertThat(split.slices().stream().mapToLong(Split.Slice::amountMinor).sum()).isEqualTo(split.netMinor());
        assertThat(split.parts()).allSatisfy(part -> {
            assertThat(part.amountMinor()).isNotNegative();
            // largest remainder: never more than one unit away from the exact share
            assertThat(BigDecimal.valueOf(part.amountMinor()).subtract(part.exactMinor()).abs())
                    .isLessThan(BigDecimal.ONE);
        });
        if (policy.costRecoveryFirst()) {
            assertThat(split.costRecoveredMinor()).isEqualTo(Math.min(receipt, unrecovered));
        }
    }

    @Property(tries = 500)
    void splittingAReceiptInTwoNeverChangesTheBandTotalsByMoreThanRounding(
            @ForAll @LongRange(min = 0, max = 100_000_000L) long first,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long second, @ForAll("policies") PolicyTerms policy) {
        List<Beneficiary> solo = List.of(Beneficiary.inventor("Solo", null, BigDecimal.valueOf(100)));
        PolicyTerms noCosts = new PolicyTerms(policy.version(), false, BigDecimal.ZERO, policy.bands());
        Split whole = DistributionCalculator.split(first + second, 0, 0, noCosts, solo, "D", "I");
        Split a = DistributionCalculator.split(first, 0, 0, noCosts, solo, "D", "I");
        Split b = DistributionCalculator.split(second, 0, first, noCosts, solo, "D", "I");

        for (int i = 2; i < whole.parts().size(); i++) {
            long inTwo = a.parts().get(i).amountMinor() + b.parts().get(i).amountMinor();
            assertThat(Math.abs(inTwo - whole.parts().get(i).amountMinor())).isLessThanOrEqualTo(2);
        }
    }

    @Provide
    Arbitrary<PolicyTerms> policies() {
        Arbitrary<PolicyBand> band = Arbitraries.integers().between(0, 1_000_000).list().ofSize(2)
                .map(cuts -> {
                    int low = Math.min(cuts.get(0), cuts.get(1));
                    int high = Math.max(cuts.get(0), cuts.get(1));
                    return new PolicyBand(null, BigDecimal.valueOf(low, 4), BigDecimal.valueOf(high - low, 4),
                            BigDecimal.valueOf(1_000_000 - high, 4));
                });
        Arbitrary<List<Long>> limits = Arbitraries.longs().between(1, 2_000_000_000L).set().ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10_000), limits, band.list().ofSize(4))
                .as((version, recover, fee, upTo, shares) -> {
                    List<PolicyBand> bands = new ArrayList<>();
                    for (int i = 0; i <= upTo.size(); i++) {
                        PolicyBand s = shares.get(i);
                        bands.add(new PolicyBand(i < upTo.size() ? upTo.get(i) : null, s.inventorsPercent(),
                                s.departmentPercent(), s.institutionPercent()));
                    }
                    return new PolicyTerms(version, recover, BigDecimal.valueOf(fee, 2), bands);
                });
    }

    @Provide
    Arbitrary<List<Beneficiary>> inventors() {
        return Arbitraries.integers().between(1, 1_000_000).list().ofMinSize(1).ofMaxSize(7).map(weights -> {
            long total = weights.stream().mapToLong(Integer::longValue).sum();
            List<Beneficiary> result = new ArrayList<>();
            BigDecimal given = BigDecimal.ZERO;
            for (int i = 0; i < weights.size(); i++) {
                BigDecimal share = i == weights.size() - 1 ? BigDecimal.valueOf(100).subtract(given)
                        : BigDecimal.valueOf(weights.get(i) * 100L).divide(BigDecimal.valueOf(total), 4,
                                RoundingMode.DOWN);
                given = given.add(share);
                result.add(Beneficiary.inventor("Inventor " + i, null, share));
            }
            return result;
        }).filter(list -> list.stream().allMatch(b -> b.contributionPercent().signum() >= 0));
    }
}
