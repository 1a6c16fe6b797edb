package org.tto.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * US dollars per unit of each currency, per year, as entered ({@link ExchangeRate}): money of several countries is
 * added in US dollars, each amount at the rate of its own year. US dollars need no rate.
 */
public record Rates(Map<String, Map<Integer, BigDecimal>> usdPerUnit) {

    /** An amount in US dollars, and the rate it was converted at (1 for US dollars). */
    public record Usd(BigDecimal amount, BigDecimal rate) {}

    /** The amount in US dollars at the year's rate, to the cent; empty when no rate is recorded for that year. */
    public Optional<Usd> toUsd(String currency, BigDecimal amount, int year) {
        if ("USD".equals(currency)) {
            return Optional.of(new Usd(amount.setScale(2, RoundingMode.HALF_UP), BigDecimal.ONE));
        }
        BigDecimal rate = usdPerUnit.getOrDefault(currency, Map.of()).get(year);
        if (rate == null) {
            return Optional.empty();
        }
        return Optional.of(new Usd(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP), rate));
    }
}
