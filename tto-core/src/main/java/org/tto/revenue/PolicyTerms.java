package org.tto.revenue;

import java.math.BigDecimal;
import java.util.List;
import org.tto.shared.InvalidInputException;

/**
 * The rules of one version of an institution's distribution policy, as the calculation needs them: cost recovery
 * first (when on), then an administrative fee in percent of what is left, then the bands by cumulative income.
 *
 * @param version            the policy's version number (shown in every trace)
 * @param costRecoveryFirst  whether the case's unrecovered patent and legal costs are taken first
 * @param adminFeePercent    0 to 100; of the receipt after cost recovery
 * @param bands              ascending by their upper bound; the last has none
 */
public record PolicyTerms(int version, boolean costRecoveryFirst, BigDecimal adminFeePercent, List<PolicyBand> bands) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PolicyTerms {
        bands = List.copyOf(bands);
        validate(adminFeePercent, bands);
    }

    static void validate(BigDecimal adminFeePercent, List<PolicyBand> bands) {
        if (adminFeePercent == null || adminFeePercent.signum() < 0 || adminFeePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("adminFeePercent", "The administrative fee is 0 to 100 %.");
        }
        if (bands.isEmpty()) {
            throw new InvalidInputException("bands", "A policy has at least one band.");
        }
        Long previous = 0L;
        for (int i = 0; i < bands.size(); i++) {
            PolicyBand band = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (last != (band.upToMinor() == null)) {
                throw new InvalidInputException("bands[" + i + "].upTo",
                        "Only the last band is open-ended, and it must be.");
            }
            if (!last && band.upToMinor() <= previous) {
                throw new InvalidInputException("bands[" + i + "].upTo", "Band limits must rise.");
            }
            if (band.inventorsPercent().signum() < 0 || band.departmentPercent().signum() < 0
                    || band.institutionPercent().signum() < 0 || band.total().compareTo(HUNDRED) != 0) {
                throw new InvalidInputException("bands[" + i + "]",
                        "A band's shares are not negative and sum to exactly 100 %, these sum to "
                                + band.total().stripTrailingZeros().toPlainString() + " %.");
            }
            previous = band.upToMinor();
        }
    }
}
