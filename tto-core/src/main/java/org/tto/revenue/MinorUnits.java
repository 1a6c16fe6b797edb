package org.tto.revenue;

import java.math.BigDecimal;
import java.util.Currency;
import org.tto.shared.InvalidInputException;

/** Amounts as whole minor units of their ISO-4217 currency (cents, yen), so sums are exact. */
public final class MinorUnits {

    private MinorUnits() {}

    /** The amount in minor units; an amount finer than the currency's minor unit is refused, never rounded. */
    public static long of(BigDecimal amount, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        try {
            return amount.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("amount", amount.toPlainString() + " is finer than the minor unit of "
                    + currency.getCurrencyCode() + " (" + digits + " decimals).");
        }
    }

    /** The amount of {@code minor} units, with the currency's scale (e.g. 12345 USD cents = 123.45). */
    public static BigDecimal toAmount(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0));
    }
}
