package org.tto.revenue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A receipt split into parts, with its trace. All amounts are minor units of the receipt's currency, and the parts
 * always sum to the receipt.
 *
 * @param receiptMinor      the receipt
 * @param policyVersion     the version of the policy in force on the receipt's date
 * @param costRecoveredMinor taken first for the case's unrecovered costs
 * @param adminFeeMinor     the administrative fee (rounded down: the beneficiaries keep the fraction)
 * @param netMinor          what the bands shared out
 * @param slices            how the net fell into the policy's bands by the case's cumulative income
 * @param parts             every part, with how it was computed
 */
public record Split(long receiptMinor, int policyVersion, long costRecoveredMinor, long adminFeeMinor, long netMinor,
        List<Slice> slices, List<Part> parts) {

    public Split {
        slices = List.copyOf(slices);
        parts = List.copyOf(parts);
    }

    /** The part of the net that fell into one band: cumulative income {@code fromMinor} to {@code toMinor}. */
    public record Slice(int band, long fromMinor, long toMinor, PolicyBand shares) {

        public long amountMinor() {
            return toMinor - fromMinor;
        }
    }

    /**
     * One beneficiary's part: the exact share (in minor units, possibly fractional), the whole units it rounds down
     * to, the remainder unit it got (0 or 1, largest remainder first), and the amount paid.
     */
    public record Part(Beneficiary beneficiary, BigDecimal exactMinor, long floorMinor, long remainderUnits,
            long amountMinor, String how) {}

    public long sumOfParts() {
        return parts.stream().mapToLong(Part::amountMinor).sum();
    }
}
