package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** US dollars per unit of a currency, the year's average, as an admin enters it with its source. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    /** A currency and a year. */
    @Embeddable
    public record Key(@Column(name = "currency", length = 3) String currency,
            @Column(name = "rate_year") int year) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "usd_per_unit", nullable = false, precision = 19, scale = 10)
    private BigDecimal usdPerUnit;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected ExchangeRate() {}

    ExchangeRate(String currency, int year) {
        this.key = new Key(currency, year);
    }

    void enter(BigDecimal usdPerUnit, String source, String enteredBy, Instant enteredAt) {
        this.usdPerUnit = usdPerUnit;
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public String currency() {
        return key.currency();
    }

    public int year() {
        return key.year();
    }

    public BigDecimal usdPerUnit() {
        return usdPerUnit;
    }

    public String source() {
        return source;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
