package org.tto.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** One line of the plan's budget: an amount in an ISO currency, and who pays it. */
@Entity
@Table(name = "plan_budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ImplementationPlan plan;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private FundingSource source;

    protected BudgetLine() {}

    BudgetLine(ImplementationPlan plan, String description, BigDecimal amount, String currency,
            FundingSource source) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a budget line needs a description");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a budget amount must be more than zero");
        }
        Currency iso = Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        if (amount.scale() > Math.max(iso.getDefaultFractionDigits(), 0)) {
            throw new IllegalArgumentException(
                    "an amount in " + currency + " has at most " + iso.getDefaultFractionDigits() + " decimals");
        }
        this.plan = plan;
        this.description = description.strip();
        this.amount = amount;
        this.currency = iso.getCurrencyCode();
        this.source = Objects.requireNonNull(source, "source");
    }

    public Long id() {
        return id;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public FundingSource source() {
        return source;
    }
}
