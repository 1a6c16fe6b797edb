package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tto.docketing.ComputedDeadline;
import org.tto.shared.RuleViolationException;

/** A docketed deadline of a case, stored with the full trace of how it was computed. */
@Entity
@Table(name = "deadline")
public class Deadline {

    public enum Status {
        OPEN,
        DONE,
        WAIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false)
    private Long disclosureId;

    @Column(name = "filing_id")
    private Long filingId;

    @Column(name = "rule_id", nullable = false, length = 64)
    private String ruleId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "office", length = 4)
    private String office;

    @Column(name = "anchor_kind", nullable = false, length = 40)
    private String anchorKind;

    @Column(name = "anchor_date", nullable = false)
    private LocalDate anchorDate;

    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "raw_date", nullable = false)
    private LocalDate rawDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Convert(converter = RollsConverter.class)
    @Column(name = "rolls", nullable = false, length = 4000)
    private List<ComputedDeadline.Roll> rolls;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "closed_reason", length = 1000)
    private String closedReason;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Version
    private long version;

    protected Deadline() {}

    Deadline(Long disclosureId, Long filingId, ComputedDeadline computed) {
        this.disclosureId = disclosureId;
        this.filingId = filingId;
        this.ruleId = computed.ruleId();
        this.title = computed.title();
        this.legalBasis = computed.legalBasis();
        this.office = computed.office();
        this.anchorKind = computed.anchorKind();
        this.anchorDate = computed.anchorDate();
        this.months = computed.months();
        this.rawDate = computed.rawDate();
        this.dueDate = computed.dueDate();
        this.rolls = computed.rolls();
        this.status = Status.OPEN;
    }

    void close(Status outcome, String reason, String by, Instant at) {
        if (status != Status.OPEN) {
            throw new RuleViolationException("deadline.open", "The deadline is already " + status + ".");
        }
        if (outcome == Status.WAIVED && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("deadline.waiver-reason", "Waiving a deadline needs a reason.");
        }
        this.status = outcome;
        this.closedReason = reason;
        this.closedBy = by;
        this.closedAt = at;
    }

    void escalate() {
        this.escalated = true;
    }

    /** The computation, as the calculator gave it: rule, basis, anchor, raw date, rolls and the due date. */
    public ComputedDeadline trace() {
        return new ComputedDeadline(ruleId, title, legalBasis, office, anchorKind, anchorDate, months, rawDate, rolls,
                dueDate);
    }

    public Long id() {
        return id;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public Long filingId() {
        return filingId;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public String closedReason() {
        return closedReason;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean escalated() {
        return escalated;
    }
}
