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

/** One beneficiary's part of a distribution, with its exact share and how the rounding treated it. */
@Entity
@Table(name = "distribution_share")
public class DistributionShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Beneficiary.Kind kind;

    @Column(name = "beneficiary", nullable = false, length = 200, updatable = false)
    private String beneficiary;

    @Column(name = "username", length = 64, updatable = false)
    private String username;

    @Column(name = "contribution_percent", precision = 7, scale = 4, updatable = false)
    private BigDecimal contributionPercent;

    @Column(name = "exact_minor", nullable = false, precision = 30, scale = 8, updatable = false)
    private BigDecimal exactMinor;

    @Column(name = "floor_minor", nullable = false, updatable = false)
    private long floorMinor;

    @Column(name = "remainder_units", nullable = false, updatable = false)
    private long remainderUnits;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "how", nullable = false, length = 1000, updatable = false)
    private String how;

    protected DistributionShare() {}

    DistributionShare(Split.Part part) {
        this.kind = part.beneficiary().kind();
        this.beneficiary = part.beneficiary().name();
        this.username = part.beneficiary().username();
        this.contributionPercent = part.beneficiary().contributionPercent();
        this.exactMinor = part.exactMinor();
        this.floorMinor = part.floorMinor();
        this.remainderUnits = part.remainderUnits();
        this.amountMinor = part.amountMinor();
        this.how = part.how().length() <= 1000 ? part.how() : part.how().substring(0, 997) + "...";
    }

    public Beneficiary.Kind kind() {
        return kind;
    }

    public String beneficiary() {
        return beneficiary;
    }

    public String username() {
        return username;
    }

    public BigDecimal contributionPercent() {
        return contributionPercent;
    }

    public BigDecimal exactMinor() {
        return exactMinor;
    }

    public long floorMinor() {
        return floorMinor;
    }

    public long remainderUnits() {
        return remainderUnits;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String how() {
        return how;
    }
}
