package org.tto.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A sustainability target: the value to reach, in the indicator's unit. */
@Embeddable
public class Target {

    @Column(name = "target", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "unit", nullable = false, length = 20)
    private String unit;

    protected Target() {}

    public Target(BigDecimal value, String unit) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("a target must be zero or more");
        }
        this.value = value;
        this.unit = Objects.requireNonNull(unit);
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }
}
