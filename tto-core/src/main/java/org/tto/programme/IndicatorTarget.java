package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target of one measure for a year, or its baseline as of a year, for the whole programme, a region, a country or
 * an institution. The first value set is kept as the original; every change is an {@link TargetRevision}.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget {

    /** A target to reach, or the baseline measured from. */
    public enum Kind {
        TARGET,
        BASELINE
    }

    /** Whose target it is; the key is '*' for the programme, the region's name, the country's or institution's code. */
    public enum ScopeKind {
        PROGRAMME,
        REGION,
        COUNTRY,
        INSTITUTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "indicator_code", nullable = false, length = 40, updatable = false)
    private String indicatorCode;

    @Column(name = "measure_code", nullable = false, length = 40, updatable = false)
    private String measureCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 20, updatable = false)
    private ScopeKind scopeKind;

    @Column(name = "scope_key", nullable = false, length = 40, updatable = false)
    private String scopeKey;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "original_value", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal originalValue;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected IndicatorTarget() {}

    IndicatorTarget(Kind kind, String indicatorCode, String measureCode, ScopeKind scopeKind, String scopeKey,
            int year, BigDecimal value, String source, String setBy, Instant setAt) {
        this.kind = kind;
        this.indicatorCode = indicatorCode;
        this.measureCode = measureCode;
        this.scopeKind = scopeKind;
        this.scopeKey = scopeKey;
        this.year = year;
        this.originalValue = value;
        this.value = value;
        this.source = source;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** A new value; the revision (with the previous value) is the caller's to keep. */
    void revise(BigDecimal newValue, String newSource, String by, Instant at) {
        this.value = newValue;
        this.source = newSource;
        this.setBy = by;
        this.setAt = at;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String measureCode() {
        return measureCode;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public String scopeKey() {
        return scopeKey;
    }

    public int year() {
        return year;
    }

    public BigDecimal originalValue() {
        return originalValue;
    }

    public BigDecimal value() {
        return value;
    }

    public String source() {
        return source;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    public long version() {
        return version;
    }
}
