package org.tto.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** A patent or legal cost the TTO spent on a case: recovered first from the case's income, and reported to AUTM. */
@Entity
@Table(name = "case_cost")
public class CaseCost {

    /** What the cost paid for. */
    public enum Kind {
        PATENT,
        LEGAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "description", nullable = false, length = 500, updatable = false)
    private String description;

    @Column(name = "incurred_on", nullable = false, updatable = false)
    private LocalDate incurredOn;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseCost() {}

    CaseCost(Long disclosureId, Kind kind, String description, LocalDate incurredOn, Currency currency,
            BigDecimal amount, String recordedBy, Instant recordedAt) {
        this.disclosureId = disclosureId;
        this.kind = kind;
        this.description = description;
        this.incurredOn = incurredOn;
        this.currency = currency.getCurrencyCode();
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate incurredOn() {
        return incurredOn;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal amount() {
        return amount;
    }
}
