package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of an entered indicator's measure for a country (no institution) or an institution, for a calendar
 * year, with its evidence and who entered it when. Entered again, the value is replaced and who and when with it.
 */
@Entity
@Table(name = "indicator_entry")
public class IndicatorEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_code", nullable = false, length = 40, updatable = false)
    private String indicatorCode;

    @Column(name = "measure_code", nullable = false, length = 40, updatable = false)
    private String measureCode;

    @Column(name = "country_code", nullable = false, length = 2, updatable = false)
    private String countryCode;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "numerator", nullable = false, precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 19, scale = 4)
    private BigDecimal denominator;

    @Column(name = "evidence", nullable = false, length = 1000)
    private String evidence;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected IndicatorEntry() {}

    IndicatorEntry(String indicatorCode, String measureCode, String countryCode, Long institutionId, int year) {
        this.indicatorCode = indicatorCode;
        this.measureCode = measureCode;
        this.countryCode = countryCode;
        this.institutionId = institutionId;
        this.year = year;
    }

    void enter(BigDecimal numerator, BigDecimal denominator, String evidence, String enteredBy, Instant enteredAt) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.evidence = evidence;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long id() {
        return id;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String measureCode() {
        return measureCode;
    }

    public String countryCode() {
        return countryCode;
    }

    public Long institutionId() {
        return institutionId;
    }

    public int year() {
        return year;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    public String evidence() {
        return evidence;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public long version() {
        return version;
    }
}
