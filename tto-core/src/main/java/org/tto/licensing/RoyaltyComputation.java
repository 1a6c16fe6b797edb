package org.tto.licensing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a royalty report makes owed, how, and the variance from what the licensee paid (negative: underpaid). All
 * amounts are in the agreement's currency, rounded half-up to its minor unit once per figure.
 *
 * @param slices            the report's net sales placed on the year's cumulative sales, tier by tier
 * @param runningRoyalty    the sum of the slices' royalties
 * @param sublicenceShare   the institution's share of the sublicence income
 * @param minimumTopUp      what the annual minimum adds when the report closes the year short of it
 */
public record RoyaltyComputation(BigDecimal netSales, List<TierSlice> slices, BigDecimal runningRoyalty,
        BigDecimal sublicenceIncome, BigDecimal sublicenceShare, BigDecimal minimumTopUp, BigDecimal owed,
        BigDecimal paid, BigDecimal variance, List<String> trace) {

    public RoyaltyComputation {
        slices = List.copyOf(slices);
        trace = List.copyOf(trace);
    }

    /** Sales from {@code from} to {@code to} of the year's cumulative net sales, at one tier's rate. */
    public record TierSlice(int tier, BigDecimal from, BigDecimal to, BigDecimal ratePercent, BigDecimal royalty) {}

    public boolean underpaid() {
        return variance.signum() < 0;
    }
}
