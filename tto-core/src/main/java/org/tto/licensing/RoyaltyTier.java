package org.tto.licensing;

import java.math.BigDecimal;

/**
 * A running-royalty rate that applies to the licensee's net sales in the agreement year from {@code fromNetSales}
 * on (marginally, like tax brackets: the rate of a tier applies only to the sales that fall in it).
 */
public record RoyaltyTier(BigDecimal fromNetSales, BigDecimal ratePercent) {}
