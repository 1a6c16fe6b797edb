package org.tto.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.tto.plan.SustainabilityIndicator;

/** One indicator's value at a checkpoint, beside the target it is measured against (copied when submitted). */
@Embeddable
public class IndicatorValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false, length = 40)
    private SustainabilityIndicator indicator;

    @Column(name = "actual", nullable = false, precision = 19, scale = 4)
    private BigDecimal actual;

    @Column(name = "target", nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "unit", nullable = false, length = 20)
    private String unit;

    /** What the system computed from the institution's records when the value was submitted; null if it cannot. */
    @Column(name = "computed", precision = 19, scale = 4)
    private BigDecimal computed;

    @Column(name = "computed_basis", length = 2000)
    private String computedBasis;

    protected IndicatorValue() {}

    public IndicatorValue(SustainabilityIndicator indicator, BigDecimal actual, BigDecimal target, String unit) {
        this.indicator = Objects.requireNonNull(indicator);
        this.actual = Objects.requireNonNull(actual);
        this.target = Objects.requireNonNull(target);
        this.unit = Objects.requireNonNull(unit);
    }

    /** The submitted value beside the one computed from the records (null when the records cannot give it). */
    public IndicatorValue(SustainabilityIndicator indicator, BigDecimal actual, BigDecimal target, String unit,
            BigDecimal computed, String computedBasis) {
        this(indicator, actual, target, unit);
        this.computed = computed;
        this.computedBasis = computedBasis == null || computedBasis.length() <= 2000 ? computedBasis
                : computedBasis.substring(0, 1997) + "...";
    }

    public BigDecimal computed() {
        return computed;
    }

    public String computedBasis() {
        return computedBasis;
    }

    /** Whether the submitted value differs from the computed one (false when nothing could be computed). */
    public boolean differsFromComputed() {
        return computed != null && computed.compareTo(actual) != 0;
    }

    public SustainabilityIndicator indicator() {
        return indicator;
    }

    public BigDecimal actual() {
        return actual;
    }

    public BigDecimal target() {
        return target;
    }

    public String unit() {
        return unit;
    }

    public boolean meetsTarget() {
        return actual.compareTo(target) >= 0;
    }
}
