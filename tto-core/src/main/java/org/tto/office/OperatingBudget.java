package org.tto.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * The TTO's operating budget of one fiscal year (staff and running costs; patent costs are the cases' own), with its
 * source. Entered again, it replaces the figure (who entered it last and when are kept).
 */
@Entity
@Table(name = "operating_budget")
public class OperatingBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected OperatingBudget() {}

    OperatingBudget(Long institutionId, int fiscalYear) {
        this.institutionId = institutionId;
        this.fiscalYear = fiscalYear;
    }

    void enter(Currency currency, BigDecimal amount, String source, String enteredBy, Instant enteredAt) {
        this.currency = currency.getCurrencyCode();
        this.amount = amount;
        this.source = source;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    /** Named by the calendar year it ends in. */
    public int fiscalYear() {
        return fiscalYear;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal amount() {
        return amount;
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

    public long version() {
        return version;
    }
}
