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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one receipt was shared out, kept with everything needed to explain it: the policy version, the case's
 * unrecovered costs and cumulative income before it, the bands it fell into, and each share with its computation.
 * Amounts are minor units of the receipt's currency; the shares sum to the receipt.
 */
@Entity
@Table(name = "distribution")
public class Distribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "receipt_id", nullable = false, updatable = false)
    private Long receiptId;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "policy_id", nullable = false, updatable = false)
    private Long policyId;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "receipt_minor", nullable = false, updatable = false)
    private long receiptMinor;

    @Column(name = "cost_recovered_minor", nullable = false, updatable = false)
    private long costRecoveredMinor;

    @Column(name = "admin_fee_minor", nullable = false, updatable = false)
    private long adminFeeMinor;

    @Column(name = "net_minor", nullable = false, updatable = false)
    private long netMinor;

    @Column(name = "cumulative_before_minor", nullable = false, updatable = false)
    private long cumulativeBeforeMinor;

    @Column(name = "unrecovered_before_minor", nullable = false, updatable = false)
    private long unrecoveredBeforeMinor;

    @Column(name = "bands_trace", nullable = false, length = 1000, updatable = false)
    private String bandsTrace;

    @Column(name = "distributed_at", nullable = false, updatable = false)
    private Instant distributedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "distribution_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<DistributionShare> shares = new ArrayList<>();

    protected Distribution() {}

    Distribution(Receipt receipt, DistributionPolicy policy, long unrecoveredBeforeMinor, long cumulativeBeforeMinor,
            Split split, Instant distributedAt) {
        this.receiptId = receipt.id();
        this.disclosureId = receipt.disclosureId();
        this.policyId = policy.id();
        this.policyVersion = split.policyVersion();
        this.currency = receipt.currency().getCurrencyCode();
        this.receiptMinor = split.receiptMinor();
        this.costRecoveredMinor = split.costRecoveredMinor();
        this.adminFeeMinor = split.adminFeeMinor();
        this.netMinor = split.netMinor();
        this.cumulativeBeforeMinor = cumulativeBeforeMinor;
        this.unrecoveredBeforeMinor = unrecoveredBeforeMinor;
        this.bandsTrace = split.slices().stream()
                .map(s -> "band " + s.band() + ": " + s.fromMinor() + " to " + s.toMinor() + " ("
                        + DistributionCalculator.plain(s.shares().inventorsPercent()) + "/"
                        + DistributionCalculator.plain(s.shares().departmentPercent()) + "/"
                        + DistributionCalculator.plain(s.shares().institutionPercent()) + ")")
                .collect(Collectors.joining("; "));
        split.parts().forEach(p -> shares.add(new DistributionShare(p)));
        this.distributedAt = distributedAt;
    }

    public Long id() {
        return id;
    }

    public Long receiptId() {
        return receiptId;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public long receiptMinor() {
        return receiptMinor;
    }

    public long costRecoveredMinor() {
        return costRecoveredMinor;
    }

    public long adminFeeMinor() {
        return adminFeeMinor;
    }

    public long netMinor() {
        return netMinor;
    }

    public long cumulativeBeforeMinor() {
        return cumulativeBeforeMinor;
    }

    public long unrecoveredBeforeMinor() {
        return unrecoveredBeforeMinor;
    }

    public String bandsTrace() {
        return bandsTrace;
    }

    public Instant distributedAt() {
        return distributedAt;
    }

    public List<DistributionShare> shares() {
        return List.copyOf(shares);
    }
}
