package org.tto.licensing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.tto.shared.InvalidInputException;

/**
 * What a licence says about money owed on a royalty report.
 *
 * @param tiers                  ascending by {@code fromNetSales}, the first from 0
 * @param annualMinimum          running royalties owed per agreement year at least (zero: none)
 * @param sublicenceSharePercent the institution's share of the licensee's sublicence income
 */
public record RoyaltyTerms(Currency currency, List<RoyaltyTier> tiers, BigDecimal annualMinimum,
        BigDecimal sublicenceSharePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RoyaltyTerms {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(0).fromNetSales().signum() != 0) {
            throw new InvalidInputException("royaltyTiers", "The first royalty tier starts at 0 net sales.");
        }
        for (int i = 0; i < tiers.size(); i++) {
            RoyaltyTier tier = tiers.get(i);
            if (tier.ratePercent().signum() < 0 || tier.ratePercent().compareTo(HUNDRED) > 0) {
                throw new InvalidInputException("royaltyTiers[" + i + "].ratePercent", "A rate is 0 to 100 %.");
            }
            if (i > 0 && tier.fromNetSales().compareTo(tiers.get(i - 1).fromNetSales()) <= 0) {
                throw new InvalidInputException("royaltyTiers[" + i + "].fromNetSales", "Tier thresholds must rise.");
            }
        }
        if (annualMinimum.signum() < 0) {
            throw new InvalidInputException("annualMinimum", "The annual minimum is not negative.");
        }
        if (sublicenceSharePercent.signum() < 0 || sublicenceSharePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("sublicenceSharePercent", "The sublicence share is 0 to 100 %.");
        }
    }
}
