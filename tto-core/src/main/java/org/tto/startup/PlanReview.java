package org.tto.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One review of a start-up's business plan: the verdict, on the plan as it then read, by whom, when, why. */
@Entity
@Table(name = "startup_plan_review")
public class PlanReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 20, updatable = false)
    private PlanVerdict verdict;

    @Column(name = "plan_summary", length = 2000, updatable = false)
    private String planSummary;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = 64, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected PlanReview() {}

    PlanReview(PlanVerdict verdict, String planSummary, String note, String reviewedBy, Instant reviewedAt) {
        this.verdict = verdict;
        this.planSummary = planSummary;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public PlanVerdict verdict() {
        return verdict;
    }

    public String planSummary() {
        return planSummary;
    }

    public String note() {
        return note;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
