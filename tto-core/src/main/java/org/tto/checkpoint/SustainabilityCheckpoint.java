package org.tto.checkpoint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tto.shared.RuleViolationException;

/**
 * A sustainability checkpoint of one plan: due on a date, the coordinator submits the indicator values (each beside
 * its target), then a reviewer gives a verdict — pass, conditional (with conditions) or fail (with reasons).
 */
@Entity
@Table(name = "sustainability_checkpoint")
public class SustainabilityCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CheckpointKind kind;

    /** For scheduled checkpoints: months after the plan became operational. */
    @Column(name = "months_after")
    private Integer monthsAfter;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CheckpointStatus status;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private Verdict verdict;

    @Column(name = "reviewer", length = 64)
    private String reviewer;

    @Column(name = "judged_at")
    private Instant judgedAt;

    @Column(name = "comments", length = 4000)
    private String comments;

    @Column(name = "reasons", length = 4000)
    private String reasons;

    @Column(name = "overdue_flagged_on")
    private LocalDate overdueFlaggedOn;

    @Column(name = "reviewer_notified_on")
    private LocalDate reviewerNotifiedOn;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "checkpoint_indicator", joinColumns = @JoinColumn(name = "checkpoint_id"))
    private List<IndicatorValue> values = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "checkpoint_condition", joinColumns = @JoinColumn(name = "checkpoint_id"))
    @OrderColumn(name = "position")
    private List<Condition> conditions = new ArrayList<>();

    protected SustainabilityCheckpoint() {}

    private SustainabilityCheckpoint(long planId, CheckpointKind kind, Integer monthsAfter, LocalDate dueDate) {
        this.planId = planId;
        this.kind = kind;
        this.monthsAfter = monthsAfter;
        this.dueDate = Objects.requireNonNull(dueDate);
        this.status = CheckpointStatus.DUE;
    }

    public static SustainabilityCheckpoint scheduled(long planId, int monthsAfter, LocalDate operationalOn) {
        return new SustainabilityCheckpoint(planId, CheckpointKind.SCHEDULED, monthsAfter,
                operationalOn.plusMonths(monthsAfter));
    }

    public static SustainabilityCheckpoint recheck(long planId, LocalDate dueDate) {
        return new SustainabilityCheckpoint(planId, CheckpointKind.RECHECK, null, dueDate);
    }

    void submit(List<IndicatorValue> submitted, String by, Instant at) {
        if (status == CheckpointStatus.JUDGED) {
            throw new RuleViolationException("checkpoint-not-judged", "The checkpoint has a verdict already");
        }
        values.clear();
        values.addAll(submitted);
        submittedBy = by;
        submittedAt = at;
        status = CheckpointStatus.SUBMITTED;
    }

    void judge(Verdict verdict, String reviewer, Instant at, String comments, String reasons,
            List<Condition> conditions) {
        if (status != CheckpointStatus.SUBMITTED) {
            throw new RuleViolationException("checkpoint-submitted",
                    "A verdict needs the coordinator's submitted figures; the checkpoint is " + status);
        }
        if (verdict == Verdict.FAIL && (reasons == null || reasons.isBlank())) {
            throw new RuleViolationException("fail-has-reasons", "A fail verdict gives its reasons");
        }
        if (verdict == Verdict.CONDITIONAL && (conditions == null || conditions.isEmpty())) {
            throw new RuleViolationException("conditional-has-conditions",
                    "A conditional verdict lists its conditions, each with a due date");
        }
        this.verdict = Objects.requireNonNull(verdict);
        this.reviewer = reviewer;
        this.judgedAt = at;
        this.comments = comments;
        this.reasons = verdict == Verdict.FAIL ? reasons.strip() : null;
        this.conditions.clear();
        if (verdict == Verdict.CONDITIONAL) {
            this.conditions.addAll(conditions);
        }
        this.status = CheckpointStatus.JUDGED;
    }

    /** Due date passed without a submission. */
    public boolean isOverdue(LocalDate today) {
        return status == CheckpointStatus.DUE && dueDate.isBefore(today);
    }

    void flagOverdue(LocalDate today) {
        overdueFlaggedOn = today;
    }

    void markReviewerNotified(LocalDate today) {
        reviewerNotifiedOn = today;
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public CheckpointKind kind() {
        return kind;
    }

    public Optional<Integer> monthsAfter() {
        return Optional.ofNullable(monthsAfter);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CheckpointStatus status() {
        return status;
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public Optional<Instant> judgedAt() {
        return Optional.ofNullable(judgedAt);
    }

    public Optional<String> comments() {
        return Optional.ofNullable(comments);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<LocalDate> overdueFlaggedOn() {
        return Optional.ofNullable(overdueFlaggedOn);
    }

    public Optional<LocalDate> reviewerNotifiedOn() {
        return Optional.ofNullable(reviewerNotifiedOn);
    }

    public List<IndicatorValue> values() {
        return List.copyOf(values);
    }

    /** Flags each late condition once; the ones flagged now. */
    List<Condition> flagOverdueConditions(LocalDate today) {
        return conditions.stream().filter(c -> c.flagOverdue(today)).toList();
    }

    /** Records that the condition at {@code position} (from 0) was met on a day. */
    void meetCondition(int position, LocalDate on) {
        if (verdict != Verdict.CONDITIONAL || position < 0 || position >= conditions.size()) {
            throw new org.tto.shared.NotFoundException("condition", position);
        }
        conditions.get(position).meet(on);
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions);
    }
}
