package org.tto.licensing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tto.shared.InvalidInputException;

/**
 * Computes what a royalty report makes owed under a licence's terms:
 * <ul>
 * <li>running royalty: the report's net sales (all fields and territories) are placed after the net sales already
 * reported in the same agreement year, and each tier's rate applies to the part that falls in that tier;</li>
 * <li>sublicence share: the agreed percentage of the sublicence income reported;</li>
 * <li>annual minimum: on the report that closes the agreement year, when the year's running royalties (earlier
 * reports plus this one) fall short of the minimum, the shortfall is owed as well (AUTM counts it as an annual
 * minimum, not a running royalty).</li>
 * </ul>
 * Each figure is rounded half-up to the currency's minor unit; the variance is paid minus owed.
 */
public final class RoyaltyCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoyaltyCalculator() {}

    public static RoyaltyComputation compute(RoyaltyTerms terms, BigDecimal yearNetSalesBefore,
            BigDecimal yearRoyaltiesBefore, List<SalesLine> sales, BigDecimal sublicenceIncome, boolean closesYear,
            BigDecimal paid) {
        int scale = Math.max(terms.currency().getDefaultFractionDigits(), 0);
        BigDecimal netSales = BigDecimal.ZERO;
        for (SalesLine line : sales) {
            if (line.netSales().signum() < 0) {
                throw new InvalidInputException("sales", "Net sales are not negative (" + line.fieldOfUse() + ", "
                        + line.territory() + ").");
            }
            netSales = netSales.add(line.netSales());
        }
        if (sublicenceIncome.signum() < 0) {
            throw new InvalidInputException("sublicenceIncome", "Sublicence income is not negative.");
        }
        List<String> trace = new ArrayList<>();
        List<RoyaltyComputation.TierSlice> slices = new ArrayList<>();
        BigDecimal start = yearNetSalesBefore;
        BigDecimal end = yearNetSalesBefore.add(netSales);
        BigDecimal running = BigDecimal.ZERO;
        List<RoyaltyTier> tiers = terms.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal tierFrom = tiers.get(i).fromNetSales();
            BigDecimal tierTo = i + 1 < tiers.size() ? tiers.get(i + 1).fromNetSales() : null;
            BigDecimal from = start.max(tierFrom);
            BigDecimal to = tierTo == null ? end : end.min(tierTo);
            if (to.compareTo(from) <= 0) {
                continue;
            }
            BigDecimal exact = to.subtract(from).multiply(tiers.get(i).ratePercent()).divide(HUNDRED);
            running = running.add(exact);
            slices.add(new RoyaltyComputation.TierSlice(i + 1, from, to, tiers.get(i).ratePercent(),
                    exact.setScale(scale, RoundingMode.HALF_UP)));
            trace.add("tier " + (i + 1) + ": (" + plain(to) + " - " + plain(from) + ") x "
                    + plain(tiers.get(i).ratePercent()) + " % = " + plain(exact));
        }
        BigDecimal runningRoyalty = running.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal sublicenceShare = sublicenceIncome.multiply(terms.sublicenceSharePercent()).divide(HUNDRED)
                .setScale(scale, RoundingMode.HALF_UP);
        trace.add("sublicence: " + plain(sublicenceIncome) + " x " + plain(terms.sublicenceSharePercent()) + " % = "
                + plain(sublicenceShare));
        BigDecimal topUp = BigDecimal.ZERO.setScale(scale);
        if (closesYear) {
            BigDecimal year = yearRoyaltiesBefore.add(runningRoyalty);
            if (year.compareTo(terms.annualMinimum()) < 0) {
                topUp = terms.annualMinimum().subtract(year).setScale(scale, RoundingMode.HALF_UP);
            }
            trace.add("annual minimum " + plain(terms.annualMinimum()) + " vs the year's running royalties "
                    + plain(year) + ": top-up " + plain(topUp));
        }
        BigDecimal owed = runningRoyalty.add(sublicenceShare).add(topUp);
        BigDecimal paidScaled = paid.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal variance = paidScaled.subtract(owed);
        trace.add("owed " + plain(owed) + ", paid " + plain(paidScaled) + ", variance " + plain(variance));
        return new RoyaltyComputation(netSales, slices, runningRoyalty, sublicenceIncome, sublicenceShare, topUp, owed,
                paidScaled, variance, trace);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
