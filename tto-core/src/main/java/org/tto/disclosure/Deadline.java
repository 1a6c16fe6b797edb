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

    @Column(name = "days", nullable = false)
    private int days;

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

    /** Why the rule's figure is not confirmed by its source, or null when it is. */
    @Column(name = "unconfirmed_reason", length = 500)
    private String unconfirmedReason;

    /** One line per recomputation under a changed rule: which rule changed, why, and the date before and after. */
    @Column(name = "revisions", length = 4000)
    private String revisions;

    @Version
    private long version;

    protected Deadline() {}

    Deadline(Long disclosureId, Long filingId, ComputedDeadline computed) {
        this.disclosureId = disclosureId;
        this.filingId = filingId;
        take(computed);
        this.status = Status.OPEN;
    }

    private void take(ComputedDeadline computed) {
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
        this.days = computed.days();
        this.unconfirmedReason = computed.unconfirmedReason();
    }

    /**
     * The deadline computed again under the rule as it stands now (or the rule that replaced it), with a trace line
     * saying which rule changed and why. Only an open deadline is recomputed: one done or waived stays as it was.
     */
    void recompute(ComputedDeadline computed, String why) {
        requireOpen();
        LocalDate before = dueDate;
        String ruleBefore = ruleId;
        take(computed);
        revise(ruleBefore + (ruleBefore.equals(ruleId) ? "" : " -> " + ruleId) + ": " + why + "; due " + before
                + (before.equals(dueDate) ? ", unchanged" : " -> " + dueDate));
    }

    /** The rule was withdrawn with nothing in its place: the deadline no longer binds, and says why. */
    void withdraw(String why, Instant at) {
        requireOpen();
        revise(ruleId + ": " + why + "; due " + dueDate + " no longer applies");
        close(Status.WAIVED, why, "system", at);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("deadline " + id + " is " + status + ": it is not recomputed");
        }
    }

    private void revise(String line) {
        String next = revisions == null ? line : revisions + "\n" + line;
        if (next.length() > 4000) {
            next = next.substring(next.length() - 4000);
        }
        this.revisions = next;
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
        return new ComputedDeadline(ruleId, title, legalBasis, office, anchorKind, anchorDate, months, days, rawDate,
                rolls, dueDate, unconfirmedReason == null, unconfirmedReason);
    }

    /** The trace lines of recomputations under changed rules, oldest first. */
    public List<String> revisions() {
        return revisions == null || revisions.isEmpty() ? List.of() : List.of(revisions.split("\n"));
    }

    public String ruleId() {
        return ruleId;
    }

    public LocalDate anchorDate() {
        return anchorDate;
    }

    public int months() {
        return months;
    }

    public int days() {
        return days;
    }

    public String unconfirmedReason() {
        return unconfirmedReason;
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
