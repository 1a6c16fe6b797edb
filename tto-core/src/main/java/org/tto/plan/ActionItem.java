package org.tto.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to do to set up the TTO: who owns it, by when, whether the TTO cannot be operational without it, and the
 * evidence (document references or links) that it is done. A remediation item answers a failed checkpoint.
 */
@Entity
@Table(name = "plan_action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ImplementationPlan plan;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 40)
    private CapabilityDimension dimension;

    @Column(name = "owner", length = 100)
    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionItemStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** The failed checkpoint this item remediates, if it is a remediation item. */
    @Column(name = "remediation_for")
    private Long remediationFor;

    @Column(name = "overdue_flagged_on")
    private LocalDate overdueFlaggedOn;

    @Column(name = "reviewer_notified_on")
    private LocalDate reviewerNotifiedOn;

    @ElementCollection
    @CollectionTable(name = "plan_action_item_evidence", joinColumns = @JoinColumn(name = "action_item_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference", nullable = false, length = 1000)
    private List<String> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone", length = 40)
    private Milestone milestone;

    protected ActionItem() {}

    ActionItem(ImplementationPlan plan, String title, CapabilityDimension dimension, String owner, LocalDate dueDate,
            boolean mandatory, Long remediationFor) {
        this.plan = plan;
        this.status = ActionItemStatus.OPEN;
        this.remediationFor = remediationFor;
        update(title, dimension, owner, dueDate, mandatory);
    }

    void update(String title, CapabilityDimension dimension, String owner, LocalDate dueDate, boolean mandatory) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an action item needs a title");
        }
        this.title = title.strip();
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        if (!Objects.equals(this.dueDate, dueDate)) {
            this.overdueFlaggedOn = null;
            this.reviewerNotifiedOn = null;
        }
        this.dueDate = dueDate;
        this.mandatory = mandatory;
    }

    void complete(List<String> references, LocalDate on) {
        List<String> cleaned = references == null ? List.of()
                : references.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("completing an action item needs evidence: a document reference or link");
        }
        this.evidence.clear();
        this.evidence.addAll(cleaned);
        this.status = ActionItemStatus.DONE;
        this.completedOn = Objects.requireNonNull(on, "completion date");
    }

    /** Open, with a due date before today. */
    public boolean isOverdue(LocalDate today) {
        return status == ActionItemStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isDoneWithEvidence() {
        return status == ActionItemStatus.DONE && !evidence.isEmpty();
    }

    public boolean isRemediation() {
        return remediationFor != null;
    }

    void flagOverdue(LocalDate today) {
        this.overdueFlaggedOn = today;
    }

    void markReviewerNotified(LocalDate today) {
        this.reviewerNotifiedOn = today;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public CapabilityDimension dimension() {
        return dimension;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    public boolean mandatory() {
        return mandatory;
    }

    public ActionItemStatus status() {
        return status;
    }

    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    public Optional<Long> remediationFor() {
        return Optional.ofNullable(remediationFor);
    }

    public Optional<LocalDate> overdueFlaggedOn() {
        return Optional.ofNullable(overdueFlaggedOn);
    }

    public Optional<LocalDate> reviewerNotifiedOn() {
        return Optional.ofNullable(reviewerNotifiedOn);
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public java.util.Optional<Milestone> milestone() {
        return java.util.Optional.ofNullable(milestone);
    }

    void markMilestone(Milestone milestone) {
        this.milestone = milestone;
    }
}
