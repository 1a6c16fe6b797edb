package org.tto.revenue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One version of an institution's revenue-distribution policy, in force from its date until the next version's. A
 * version is never changed once defined: a new rule is a new version, so every past distribution keeps its rules.
 * Band limits are cumulative distributable income of a case, in minor units of the policy's currency.
 */
@Entity
@Table(name = "distribution_policy")
public class DistributionPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "cost_recovery_first", nullable = false, updatable = false)
    private boolean costRecoveryFirst;

    @Column(name = "admin_fee_percent", nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal adminFeePercent;

    @Column(name = "department_name", nullable = false, length = 200, updatable = false)
    private String departmentName;

    @Column(name = "source", length = 500, updatable = false)
    private String source;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "policy_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<PolicyBandRow> bands = new ArrayList<>();

    protected DistributionPolicy() {}

    DistributionPolicy(Long institutionId, int versionNumber, LocalDate effectiveFrom, Currency currency,
            boolean costRecoveryFirst, BigDecimal adminFeePercent, String departmentName, String source,
            List<PolicyBand> bands, String createdBy, Instant createdAt) {
        PolicyTerms.validate(adminFeePercent, bands);
        this.institutionId = institutionId;
        this.versionNumber = versionNumber;
        this.effectiveFrom = effectiveFrom;
        this.currency = currency.getCurrencyCode();
        this.costRecoveryFirst = costRecoveryFirst;
        this.adminFeePercent = adminFeePercent;
        this.departmentName = departmentName;
        this.source = source;
        bands.forEach(b -> this.bands.add(new PolicyBandRow(b)));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public PolicyTerms terms() {
        return new PolicyTerms(versionNumber, costRecoveryFirst, adminFeePercent,
                bands.stream().map(PolicyBandRow::band).toList());
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public boolean costRecoveryFirst() {
        return costRecoveryFirst;
    }

    public BigDecimal adminFeePercent() {
        return adminFeePercent;
    }

    public String departmentName() {
        return departmentName;
    }

    public String source() {
        return source;
    }

    public List<PolicyBand> bands() {
        return bands.stream().map(PolicyBandRow::band).toList();
    }
}
