package org.tto.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tto.shared.RuleViolationException;

/**
 * A country's reporting year, approved as DHIS2 approves data: the coordinator submits the country's entered values,
 * a reviewer approves them (the period is then locked) or returns them with a comment; an unlock needs a reason and
 * reopens the period. Every step is kept, in order.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    /** Where a period stands. */
    public enum Status {
        OPEN,
        SUBMITTED,
        APPROVED,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false, length = 2, updatable = false)
    private String countryCode;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.OPEN;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<PeriodEvent> events = new ArrayList<>();

    protected ReportingPeriod() {}

    ReportingPeriod(String countryCode, int year) {
        this.countryCode = countryCode;
        this.year = year;
    }

    void submit(String actor, Instant at) {
        require(status == Status.OPEN || status == Status.RETURNED, "period-submittable",
                "Only an open or returned period is submitted; " + this + " is " + status + ".");
        status = Status.SUBMITTED;
        submittedBy = actor;
        submittedAt = at;
        events.add(new PeriodEvent(PeriodEvent.Action.SUBMIT, actor, at, null));
    }

    void approve(String actor, Instant at, String comment) {
        decide(Status.SUBMITTED, "period-submitted", "approved", Status.APPROVED, PeriodEvent.Action.APPROVE, actor,
                at, comment);
    }

    void giveBack(String actor, Instant at, String comment) {
        decide(Status.SUBMITTED, "period-submitted", "returned", Status.RETURNED, PeriodEvent.Action.RETURN, actor,
                at, comment);
    }

    void unlock(String actor, Instant at, String reason) {
        decide(Status.APPROVED, "period-approved", "unlocked", Status.OPEN, PeriodEvent.Action.UNLOCK, actor, at,
                reason);
    }

    /** A reviewer's step: from the status it needs to the one it leads to, kept in the history. */
    private void decide(Status from, String rule, String done, Status to, PeriodEvent.Action action, String actor,
            Instant at, String remark) {
        require(status == from, rule, "A period is " + done + " when it is " + from + "; " + this + " is " + status
                + ".");
        status = to;
        decidedBy = actor;
        decidedAt = at;
        events.add(new PeriodEvent(action, actor, at, remark));
    }

    public boolean locked() {
        return status == Status.APPROVED;
    }

    private static void require(boolean condition, String rule, String message) {
        if (!condition) {
            throw new RuleViolationException(rule, message);
        }
    }

    @Override
    public String toString() {
        return countryCode + " " + year;
    }

    public Long id() {
        return id;
    }

    public String countryCode() {
        return countryCode;
    }

    public int year() {
        return year;
    }

    public Status status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }

    public List<PeriodEvent> events() {
        return List.copyOf(events);
    }
}
