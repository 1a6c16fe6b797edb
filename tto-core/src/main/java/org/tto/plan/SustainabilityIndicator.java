package org.tto.plan;

import java.math.BigDecimal;
import org.tto.shared.InvalidInputException;

/**
 * What a sustainability checkpoint measures, with the unit, the default target a new plan starts with (the
 * coordinator adjusts the targets per plan) and the largest value that makes sense for one TTO: a share is at most
 * 100 %; a few thousand staff or a hundred thousand disclosures or agreements a year are beyond any office.
 */
public enum SustainabilityIndicator {
    NON_PROGRAMME_BUDGET_SHARE("%", "50", "100"),
    STAFF_RETAINED("FTE", "2", "10000"),
    DISCLOSURES_LAST_12_MONTHS("disclosures", "5", "100000"),
    AGREEMENTS_EXECUTED("agreements", "1", "100000"),
    INCOME_TO_OPERATING_COST("ratio", "0.25", "1000");

    private final String unit;
    private final BigDecimal defaultTarget;
    private final BigDecimal maximum;

    SustainabilityIndicator(String unit, String defaultTarget, String maximum) {
        this.unit = unit;
        this.defaultTarget = new BigDecimal(defaultTarget);
        this.maximum = new BigDecimal(maximum);
    }

    public BigDecimal maximum() {
        return maximum;
    }

    /** A target or a measured value of this indicator: zero to {@link #maximum()}, else refused naming {@code field}. */
    public BigDecimal requireInRange(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(maximum) > 0) {
            throw new InvalidInputException(field, this + " is from 0 to " + maximum.toPlainString() + " " + unit
                    + ".");
        }
        return value;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal defaultTarget() {
        return defaultTarget;
    }
}
