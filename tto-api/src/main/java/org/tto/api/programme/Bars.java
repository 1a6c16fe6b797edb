package org.tto.api.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/** The bars drawn on the server beside a figure (bean {@code @bars}): how far a value is along its target. */
@Component("bars")
public class Bars {

    /** The bar's length, 0 to {@code width}, for a value against its target; 0 without both. */
    public int length(BigDecimal value, BigDecimal target, int width) {
        if (value == null || target == null || target.signum() <= 0) {
            return 0;
        }
        BigDecimal share = value.divide(target, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return share.multiply(BigDecimal.valueOf(width)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** The message key part of a unit ({@code per US$10M} as {@code per_US_10M}). */
    public String unitKey(String unit) {
        return unit.replaceAll("[^A-Za-z0-9]", "_");
    }
}
