package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One docketing rule, loaded by migration: so many months from an anchor date, on a stated legal basis. A rule may
 * apply only to one kind of filing or one office (null means any), and for PCT national-phase entry names the office
 * and chapter, and whether it is the longer limit an office grants on a fee or request.
 */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private RuleKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_kind", nullable = false, length = 30)
    private AnchorKind anchorKind;

    @Column(name = "months", nullable = false)
    private int months;

    /** Days counted after the months (e.g. RS: 30 months and 30 days); 0 for most rules. */
    @Column(name = "days", nullable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_kind", length = 20)
    private FilingKind filingKind;

    @Column(name = "office_code", length = 2)
    private String officeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pct_chapter", length = 2)
    private PctChapter pctChapter;

    @Column(name = "extended", nullable = false)
    private boolean extended;

    @Column(name = "rolls_forward", nullable = false)
    private boolean rollsForward;

    protected DeadlineRule() {}

    public DeadlineRule(String id, RuleKind kind, String title, String legalBasis, AnchorKind anchorKind, int months,
            FilingKind filingKind, String officeCode, PctChapter pctChapter, boolean extended, boolean rollsForward) {
        this(id, kind, title, legalBasis, anchorKind, months, 0, filingKind, officeCode, pctChapter, extended,
                rollsForward);
    }

    public DeadlineRule(String id, RuleKind kind, String title, String legalBasis, AnchorKind anchorKind, int months,
            int days, FilingKind filingKind, String officeCode, PctChapter pctChapter, boolean extended,
            boolean rollsForward) {
        if (months < 1) {
            throw new IllegalArgumentException("a rule counts at least one month, was " + months);
        }
        if (days < 0) {
            throw new IllegalArgumentException("a rule's days must not be negative, was " + days);
        }
        this.days = days;
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.anchorKind = Objects.requireNonNull(anchorKind);
        this.months = months;
        this.filingKind = filingKind;
        this.officeCode = officeCode;
        this.pctChapter = pctChapter;
        this.extended = extended;
        this.rollsForward = rollsForward;
    }

    /** Whether a newly recorded filing of that kind at that office opens this deadline. */
    public boolean isOpenedBy(FilingKind kind, String office) {
        return this.kind != RuleKind.PCT_NATIONAL_PHASE
                && (filingKind == null || filingKind == kind)
                && (officeCode == null || officeCode.equals(office));
    }

    /**
     * The deadline this rule gives from the anchor date: the month arithmetic's raw date, then (unless the rule is an
     * event rather than an act, such as publication) rolled forward over the days the office is closed.
     */
    public ComputedDeadline apply(LocalDate anchorDate, OfficeCalendar calendar) {
        LocalDate raw = rawDate(anchorDate);
        RollForward.Result rolled = rollsForward ? RollForward.from(raw, calendar)
                : new RollForward.Result(raw, List.of());
        return new ComputedDeadline(id, title, legalBasis, officeCode, anchorKind.name(), anchorDate, months, days,
                raw, rolled.rolls(), rolled.dueDate(), true, null);
    }

    /**
     * The anchor date plus the rule's months (clamped to the month's end), then its days, before any move off a
     * closed day.
     */
    public LocalDate rawDate(LocalDate anchorDate) {
        return Months.add(anchorDate, months).plusDays(days);
    }

    public String id() {
        return id;
    }

    public RuleKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public AnchorKind anchorKind() {
        return anchorKind;
    }

    public int months() {
        return months;
    }

    public int days() {
        return days;
    }

    public Optional<String> officeCode() {
        return Optional.ofNullable(officeCode);
    }

    public Optional<PctChapter> pctChapter() {
        return Optional.ofNullable(pctChapter);
    }

    /** The longer limit an office grants on a fee or request, beside its ordinary one. */
    public boolean extended() {
        return extended;
    }

    public boolean rollsForward() {
        return rollsForward;
    }
}
