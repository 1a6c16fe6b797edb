package org.tto.plan;

import java.math.BigDecimal;

/**
 * What a sustainability checkpoint measures, with the unit and the default target a new plan starts with (the
 * coordinator adjusts the targets per plan).
 */
public enum SustainabilityIndicator {
    NON_PROGRAMME_BUDGET_SHARE("%", "50"),
    STAFF_RETAINED("FTE", "2"),
    DISCLOSURES_LAST_12_MONTHS("disclosures", "5"),
    AGREEMENTS_EXECUTED("agreements", "1"),
    INCOME_TO_OPERATING_COST("ratio", "0.25");

    private final String unit;
    private final BigDecimal defaultTarget;

    SustainabilityIndicator(String unit, String defaultTarget) {
        this.unit = unit;
        this.defaultTarget = new BigDecimal(defaultTarget);
    }

    public String unit() {
        return unit;
    }

    public BigDecimal defaultTarget() {
        return defaultTarget;
    }
}
