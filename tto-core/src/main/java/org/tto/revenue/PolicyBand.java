package org.tto.revenue;

import java.math.BigDecimal;

/**
 * One band of a distribution policy: the shares that apply to the part of a case's cumulative distributable income
 * below {@code upToMinor} (null: no upper bound). Shares are percentages of that part and sum to exactly 100.
 */
public record PolicyBand(Long upToMinor, BigDecimal inventorsPercent, BigDecimal departmentPercent,
        BigDecimal institutionPercent) {

    public BigDecimal total() {
        return inventorsPercent.add(departmentPercent).add(institutionPercent);
    }
}
