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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * A start-up formed on a case: founders (inventors or not), the business plan reviewed by the director (approved,
 * sent back for revision, or declined), a conflict-of-interest review when an inventor founds it (cleared or
 * refused), incorporation with the institution's equity and the licence or option granted to it, then its status
 * over time (active, acquired, closed, each with its date). A declined plan or a refused conflict abandons it.
 */
@Entity
@Table(name = "startup_company")
public class StartupCompany {

    /** The longest review note: it goes into the status history (1000 characters) behind a short prefix. */
    public static final int MAX_NOTE = 900;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_status", nullable = false, length = 20)
    private PlanStatus planStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "coi_verdict", length = 20)
    private ConflictVerdict coiVerdict;

    @Column(name = "coi_reviewed_by", length = 64)
    private String coiReviewedBy;

    @Column(name = "coi_note", length = 1000)
    private String coiNote;

    @Column(name = "coi_reviewed_at")
    private Instant coiReviewedAt;

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "startup_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<PlanReview> planReviews = new ArrayList<>();

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
        this.planStatus = PlanStatus.SUBMITTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** An inventor is among the founders: the director reviews the conflict of interest before incorporation. */
    public boolean conflictFlagged() {
        return founders.stream().anyMatch(Founder::inventor);
    }

    public boolean needsConflictReview() {
        return conflictFlagged() && coiVerdict == null;
    }

    /**
     * The director's verdict on the business plan as it now reads. Approve lets formation go on; revise sends it back
     * to the officers; decline abandons the start-up. A revision or a decline says why.
     */
    void reviewPlan(PlanVerdict verdict, String note, String by, Instant at) {
        requireStatus(StartupStatus.FORMING);
        if (planStatus != PlanStatus.SUBMITTED) {
            throw new RuleViolationException("startup.plan-submitted", "The business plan is " + planStatus
                    + "; the director reviews a plan that was recorded or revised since the last review.");
        }
        if (verdict != PlanVerdict.APPROVE && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "A plan sent back for revision or declined says why.");
        }
        requireNoteFits(note);
        planReviews.add(new PlanReview(verdict, businessPlanSummary, note, by, at));
        switch (verdict) {
            case APPROVE -> planStatus = PlanStatus.APPROVED;
            case REVISE -> planStatus = PlanStatus.REVISION_REQUESTED;
            case DECLINE -> {
                planStatus = PlanStatus.DECLINED;
                abandon("Business plan declined: " + note, by, at);
            }
        }
    }

    /** The officers revise the plan the director sent back; it awaits the director's review again. */
    void revisePlan(String summary) {
        requireStatus(StartupStatus.FORMING);
        if (planStatus != PlanStatus.REVISION_REQUESTED) {
            throw new RuleViolationException("startup.plan-revision-requested", "The business plan is "
                    + planStatus + "; it is revised when the director sends it back.");
        }
        this.businessPlanSummary = summary;
        this.planStatus = PlanStatus.SUBMITTED;
    }

    /**
     * The director's review of the conflict of interest of an inventor-founded start-up, once its plan is approved:
     * cleared (formation goes on) or refused (the start-up is abandoned).
     */
    void reviewConflict(ConflictVerdict verdict, String note, String by, Instant at) {
        if (!conflictFlagged()) {
            throw new RuleViolationException("coi.flagged", "No inventor founds this start-up: nothing to review.");
        }
        requireStatus(StartupStatus.FORMING);
        if (planStatus != PlanStatus.APPROVED) {
            throw new RuleViolationException("startup.plan-approved", "The business plan is " + planStatus
                    + "; the conflict of interest is reviewed once the plan is approved.");
        }
        if (coiVerdict != null) {
            throw new RuleViolationException("coi.reviewed", "The conflict of interest was already " + coiVerdict
                    + " by " + coiReviewedBy + ".");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "The conflict-of-interest review says why (or on what terms).");
        }
        requireNoteFits(note);
        this.coiVerdict = verdict;
        this.coiReviewedBy = by;
        this.coiNote = note;
        this.coiReviewedAt = at;
        if (verdict == ConflictVerdict.REFUSED) {
            abandon("Conflict of interest refused: " + note, by, at);
        }
    }

    void incorporate(LocalDate on, String registryId, long equityShares, BigDecimal equityPercent, Long agreementId,
            String by) {
        requireStatus(StartupStatus.FORMING);
        if (planStatus != PlanStatus.APPROVED) {
            throw new RuleViolationException("startup.plan-approved", "The business plan is " + planStatus
                    + "; incorporation is recorded once the director approved it.");
        }
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
        if (status != StartupStatus.ACTIVE || (to != StartupStatus.ACQUIRED && to != StartupStatus.CLOSED)) {
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

    /** A note also goes into the status history behind its reason's prefix, so it stays within 900 characters. */
    private static void requireNoteFits(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "A note has at most " + MAX_NOTE + " characters.");
        }
    }

    private void abandon(String reason, String by, Instant at) {
        this.status = StartupStatus.ABANDONED;
        history.add(new StatusChange(StartupStatus.ABANDONED, LocalDate.ofInstant(at, ZoneOffset.UTC), reason, by));
    }

    /** The reason formation was abandoned (the last entry of the history), or null while it was not. */
    public String abandonReason() {
        return status == StartupStatus.ABANDONED ? history.get(history.size() - 1).note() : null;
    }

    /** The day it closed, or null while it did not. */
    public LocalDate closedOn() {
        return history.stream().filter(c -> c.status() == StartupStatus.CLOSED).map(StatusChange::effectiveOn)
                .findFirst().orElse(null);
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

    public PlanStatus planStatus() {
        return planStatus;
    }

    public List<PlanReview> planReviews() {
        return List.copyOf(planReviews);
    }

    public ConflictVerdict coiVerdict() {
        return coiVerdict;
    }

    public String coiReviewedBy() {
        return coiReviewedBy;
    }

    public String coiNote() {
        return coiNote;
    }

    public Instant coiReviewedAt() {
        return coiReviewedAt;
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

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
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
