package org.tto.startup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * A start-up formed on a case: founders (inventors or not), the business plan reviewed, a conflict-of-interest review
 * when an inventor founds it, incorporation with the institution's equity and the licence or option granted to it,
 * then its status over time (active, acquired, closed, each with its date).
 */
@Entity
@Table(name = "startup_company")
public class StartupCompany {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "business_plan_summary", length = 2000)
    private String businessPlanSummary;

    @Column(name = "coi_cleared_by", length = 64)
    private String coiClearedBy;

    @Column(name = "incorporated_on")
    private LocalDate incorporatedOn;

    @Column(name = "registry_id", length = 100)
    private String registryId;

    @Column(name = "equity_shares")
    private Long equityShares;

    @Column(name = "equity_percent", precision = 7, scale = 4)
    private BigDecimal equityPercent;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StartupStatus status;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "startup_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<Founder> founders = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "startup_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected StartupCompany() {}

    StartupCompany(Long disclosureId, Long institutionId, String name, String businessPlanSummary,
            List<Founder> founders, String createdBy, Instant createdAt) {
        if (founders == null || founders.isEmpty()) {
            throw new InvalidInputException("founders", "A start-up has at least one founder.");
        }
        this.disclosureId = disclosureId;
        this.institutionId = institutionId;
        this.name = name;
        this.businessPlanSummary = businessPlanSummary;
        this.founders.addAll(founders);
        this.status = StartupStatus.FORMING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean needsConflictReview() {
        return founders.stream().anyMatch(Founder::inventor) && coiClearedBy == null;
    }

    void clearConflict(String director) {
        if (founders.stream().noneMatch(Founder::inventor)) {
            throw new RuleViolationException("coi.flagged", "No inventor founds this start-up: nothing to clear.");
        }
        requireStatus(StartupStatus.FORMING);
        this.coiClearedBy = director;
    }

    void incorporate(LocalDate on, String registryId, long equityShares, BigDecimal equityPercent, Long agreementId,
            String by) {
        requireStatus(StartupStatus.FORMING);
        if (needsConflictReview()) {
            throw new RuleViolationException("coi.cleared", "An inventor founds this start-up: the director reviews "
                    + "the conflict of interest before incorporation is recorded.");
        }
        if (equityShares < 0 || equityPercent.signum() < 0 || equityPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("equityPercent", "Equity is 0 to 100 % and a non-negative share count.");
        }
        this.incorporatedOn = on;
        this.registryId = registryId;
        this.equityShares = equityShares;
        this.equityPercent = equityPercent;
        this.agreementId = agreementId;
        this.status = StartupStatus.ACTIVE;
        history.add(new StatusChange(StartupStatus.ACTIVE, on, "Incorporated, registry id " + registryId, by));
    }

    void changeStatus(StartupStatus to, LocalDate on, String note, String by) {
        if (status != StartupStatus.ACTIVE || to == StartupStatus.FORMING || to == StartupStatus.ACTIVE) {
            throw new RuleViolationException("startup.status", "An active start-up is acquired or closed; this one "
                    + "is " + status + ".");
        }
        if (on.isBefore(incorporatedOn)) {
            throw new InvalidInputException("effectiveOn", "The change comes after incorporation (" + incorporatedOn
                    + ").");
        }
        this.status = to;
        history.add(new StatusChange(to, on, note, by));
    }

    /** Whether it was still going (active or acquired) {@code years} after incorporation; null when not yet known. */
    public Boolean aliveAfter(int years, LocalDate today) {
        if (incorporatedOn == null) {
            return null;
        }
        LocalDate mark = incorporatedOn.plusYears(years);
        boolean closedBefore = history.stream().anyMatch(c -> c.status() == StartupStatus.CLOSED
                && c.effectiveOn().isBefore(mark));
        if (closedBefore) {
            return false;
        }
        return mark.isAfter(today) ? null : Boolean.TRUE;
    }

    private void requireStatus(StartupStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("startup.status", "The start-up is " + status + "; this step needs "
                    + expected + ".");
        }
    }

    public Long id() {
        return id;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String name() {
        return name;
    }

    public String businessPlanSummary() {
        return businessPlanSummary;
    }

    public String coiClearedBy() {
        return coiClearedBy;
    }

    public LocalDate incorporatedOn() {
        return incorporatedOn;
    }

    public String registryId() {
        return registryId;
    }

    public Long equityShares() {
        return equityShares;
    }

    public BigDecimal equityPercent() {
        return equityPercent;
    }

    public Long agreementId() {
        return agreementId;
    }

    public StartupStatus status() {
        return status;
    }

    public List<Founder> founders() {
        return List.copyOf(founders);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
