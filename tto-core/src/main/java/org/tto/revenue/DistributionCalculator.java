package org.tto.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.tto.shared.InvalidInputException;

/**
 * Splits a receipt by a distribution policy. The rules, in order:
 * <ol>
 * <li>cost recovery: when the policy says so, the case's unrecovered costs are taken first, up to the receipt;</li>
 * <li>administrative fee: its percentage of what is left, rounded <em>down</em> to the minor unit;</li>
 * <li>the net is placed on the case's cumulative distributable income and cut into the policy's bands; each band's
 * slice is shared inventors / department / institution by that band's percentages, and the inventors' share by their
 * contribution shares;</li>
 * <li>rounding: each beneficiary's exact share (summed over the slices) is rounded down to the minor unit, and the
 * units left over go one each to the largest fractional remainders (Hamilton's largest-remainder method; ties go to
 * the beneficiary listed first: inventors in disclosure order, then the department, then the institution). So the
 * parts always sum exactly to the receipt, and no part is more than one minor unit from its exact share.</li>
 * </ol>
 * Pure and deterministic: the same inputs always give the same split.
 */
public final class DistributionCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DistributionCalculator() {}

    /**
     * @param receiptMinor            the receipt, in minor units (not negative)
     * @param unrecoveredCostsMinor   the case's patent and legal costs not yet recovered
     * @param cumulativeNetBeforeMinor the net the case's earlier receipts distributed (places this one in the bands)
     * @param inventors               the case's inventors, contribution shares summing to 100
     */
    public static Split split(long receiptMinor, long unrecoveredCostsMinor, long cumulativeNetBeforeMinor,
            PolicyTerms policy, List<Beneficiary> inventors, String department, String institution) {
        if (receiptMinor < 0) {
            throw new InvalidInputException("amount", "A receipt is not negative.");
        }
        requireShares(inventors);
        long costRecovered = policy.costRecoveryFirst() ? Math.min(receiptMinor, Math.max(unrecoveredCostsMinor, 0))
                : 0;
        long afterCosts = receiptMinor - costRecovered;
        long fee = BigDecimal.valueOf(afterCosts).multiply(policy.adminFeePercent()).divide(HUNDRED, 0,
                RoundingMode.DOWN).longValueExact();
        long net = afterCosts - fee;

        List<Split.Slice> slices = slices(policy.bands(), Math.max(cumulativeNetBeforeMinor, 0), net);
        List<Beneficiary> sharing = new ArrayList<>(inventors);
        sharing.add(Beneficiary.of(Beneficiary.Kind.DEPARTMENT, department));
        sharing.add(Beneficiary.of(Beneficiary.Kind.INSTITUTION, institution));
        List<BigDecimal> exact = sharing.stream().map(b -> exactShare(b, slices)).toList();
        List<Long> rounded = largestRemainder(exact, net);

        List<Split.Part> parts = new ArrayList<>();
        parts.add(new Split.Part(Beneficiary.of(Beneficiary.Kind.COST_RECOVERY, "Cost recovery"),
                BigDecimal.valueOf(costRecovered), costRecovered, 0, costRecovered,
                policy.costRecoveryFirst() ? "min(receipt " + receiptMinor + ", unrecovered costs "
                        + Math.max(unrecoveredCostsMinor, 0) + ")" : "the policy does not recover costs first"));
        parts.add(new Split.Part(Beneficiary.of(Beneficiary.Kind.ADMIN_FEE, "Administrative fee"),
                BigDecimal.valueOf(afterCosts).multiply(policy.adminFeePercent()).divide(HUNDRED), fee, 0, fee,
                plain(policy.adminFeePercent()) + " % of " + afterCosts + ", rounded down"));
        for (int i = 0; i < sharing.size(); i++) {
            Beneficiary b = sharing.get(i);
            long floor = exact.get(i).setScale(0, RoundingMode.DOWN).longValueExact();
            parts.add(new Split.Part(b, exact.get(i).stripTrailingZeros(), floor, rounded.get(i) - floor,
                    rounded.get(i), how(b, slices)));
        }
        return new Split(receiptMinor, policy.version(), costRecovered, fee, net, slices, parts);
    }

    private static void requireShares(List<Beneficiary> inventors) {
        if (inventors.isEmpty()) {
            throw new InvalidInputException("inventors", "A case has at least one inventor.");
        }
        BigDecimal total = inventors.stream().map(Beneficiary::contributionPercent).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidInputException("inventors", "The inventors' shares sum to " + plain(total)
                    + " %, not 100 %.");
        }
    }

    static List<Split.Slice> slices(List<PolicyBand> bands, long before, long net) {
        List<Split.Slice> slices = new ArrayList<>();
        long from = before;
        long end = before + net;
        for (int i = 0; i < bands.size(); i++) {
            Long upTo = bands.get(i).upToMinor();
            if (upTo != null && from >= upTo) {
                continue;
            }
            long to = upTo == null ? end : Math.min(end, upTo);
            if (to > from || slices.isEmpty() && net == 0) {
                slices.add(new Split.Slice(i + 1, from, to, bands.get(i)));
            }
            from = to;
            if (from >= end) {
                break;
            }
        }
        return slices;
    }

    private static BigDecimal exactShare(Beneficiary b, List<Split.Slice> slices) {
        BigDecimal total = BigDecimal.ZERO;
        for (Split.Slice slice : slices) {
            BigDecimal amount = BigDecimal.valueOf(slice.amountMinor());
            total = total.add(switch (b.kind()) {
                case INVENTOR -> amount.multiply(slice.shares().inventorsPercent())
                        .multiply(b.contributionPercent()).movePointLeft(4);
                case DEPARTMENT -> amount.multiply(slice.shares().departmentPercent()).movePointLeft(2);
                case INSTITUTION -> amount.multiply(slice.shares().institutionPercent()).movePointLeft(2);
                default -> throw new IllegalArgumentException(b.kind() + " does not share the net");
            });
        }
        return total;
    }

    /** Hamilton's method: floors, then one unit each to the largest fractional parts (ties: first listed). */
    static List<Long> largestRemainder(List<BigDecimal> exact, long total) {
        long[] result = exact.stream().mapToLong(e -> e.setScale(0, RoundingMode.DOWN).longValueExact()).toArray();
        long left = total - java.util.Arrays.stream(result).sum();
        List<Integer> order = IntStream.range(0, exact.size()).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> fraction(exact.get(i))).reversed()
                        .thenComparing(i -> i))
                .toList();
        if (left < 0 || left > exact.size()) {
            throw new IllegalStateException("exact shares do not sum to the total: " + left + " units left");
        }
        for (int k = 0; k < left; k++) {
            result[order.get(k)]++;
        }
        return java.util.Arrays.stream(result).boxed().toList();
    }

    private static BigDecimal fraction(BigDecimal value) {
        return value.subtract(value.setScale(0, RoundingMode.DOWN));
    }

    private static String how(Beneficiary b, List<Split.Slice> slices) {
        List<String> terms = new ArrayList<>();
        for (Split.Slice s : slices) {
            terms.add(switch (b.kind()) {
                case INVENTOR -> s.amountMinor() + " x " + plain(s.shares().inventorsPercent()) + " % x "
                        + plain(b.contributionPercent()) + " % (band " + s.band() + ")";
                case DEPARTMENT -> s.amountMinor() + " x " + plain(s.shares().departmentPercent()) + " % (band "
                        + s.band() + ")";
                default -> s.amountMinor() + " x " + plain(s.shares().institutionPercent()) + " % (band "
                        + s.band() + ")";
            });
        }
        return String.join(" + ", terms);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
