package org.tto.licensing;

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
import java.util.Currency;
import java.util.List;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * A licence (or option) of a case's technology to a licensee, with its terms. Drafted, approved by the director
 * (who first clears the conflict of interest when the licensee is linked to an inventor), then executed.
 */
@Entity
@Table(name = "license_agreement")
public class LicenseAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "licensee", nullable = false, length = 200)
    private String licensee;

    @Column(name = "licensee_contact", length = 254)
    private String licenseeContact;

    @Column(name = "licensee_linked_to_inventor", nullable = false)
    private boolean licenseeLinkedToInventor;

    @Enumerated(EnumType.STRING)
    @Column(name = "licensee_size", nullable = false, length = 20)
    private LicenseeSize licenseeSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false, length = 20)
    private AgreementType type;

    @Column(name = "field_of_use", nullable = false, length = 200)
    private String fieldOfUse;

    @Column(name = "territory", nullable = false, length = 200)
    private String territory;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "issue_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal issueFee;

    @Column(name = "annual_minimum", nullable = false, precision = 19, scale = 4)
    private BigDecimal annualMinimum;

    @Column(name = "sublicence_share_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal sublicenceSharePercent;

    @Column(name = "patent_cost_reimbursement", nullable = false)
    private boolean patentCostReimbursement;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_period", nullable = false, length = 20)
    private ReportingPeriod reportingPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "coi_cleared_by", length = 64)
    private String coiClearedBy;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "executed_on")
    private LocalDate executedOn;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<RoyaltyTierRow> tiers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected LicenseAgreement() {}

    LicenseAgreement(Long disclosureId, Long institutionId, LicenseTerms terms, String createdBy, Instant createdAt) {
        if (!terms.endDate().isAfter(terms.startDate())) {
            throw new InvalidInputException("endDate", "The agreement ends after it starts.");
        }
        if (terms.licenseeSize() == null || terms.licenseeSize() == LicenseeSize.UNKNOWN) {
            throw new InvalidInputException("licenseeSize", "Say whether the licensee is a start-up, a small company "
                    + "(fewer than 500 employees) or a large one; UNKNOWN is kept for agreements recorded before.");
        }
        Currency money = currency(terms.currency());
        // validates the tiers, minimum and sublicence share
        new RoyaltyTerms(money, terms.royaltyTiers(), terms.annualMinimum(), terms.sublicenceSharePercent());
        if (terms.issueFee().signum() < 0) {
            throw new InvalidInputException("issueFee", "The issue fee is not negative.");
        }
        for (Milestone m : terms.milestones()) {
            if (m.dueDate().isBefore(terms.startDate()) || m.dueDate().isAfter(terms.endDate())
                    || m.payment().signum() < 0) {
                throw new InvalidInputException("milestones", "A milestone falls within the agreement's term, its "
                        + "payment not negative: " + m.description());
            }
        }
        this.disclosureId = disclosureId;
        this.institutionId = institutionId;
        this.licensee = terms.licensee();
        this.licenseeContact = terms.licenseeContact();
        this.licenseeLinkedToInventor = terms.licenseeLinkedToInventor();
        this.licenseeSize = terms.licenseeSize();
        this.type = terms.type();
        this.fieldOfUse = terms.fieldOfUse().trim();
        this.territory = terms.territory().trim();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.currency = money.getCurrencyCode();
        this.issueFee = terms.issueFee();
        this.annualMinimum = terms.annualMinimum();
        this.sublicenceSharePercent = terms.sublicenceSharePercent();
        this.patentCostReimbursement = terms.patentCostReimbursement();
        this.reportingPeriod = terms.reportingPeriod();
        terms.royaltyTiers().forEach(t -> tiers.add(new RoyaltyTierRow(t)));
        milestones.addAll(terms.milestones());
        this.status = AgreementStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", code + " is not an ISO-4217 currency code.");
        }
    }

    /** Who drafted the agreement. */
    public String createdBy() {
        return createdBy;
    }

    boolean needsConflictClearance() {
        return licenseeLinkedToInventor && coiClearedBy == null;
    }

    void clearConflict(String director) {
        if (!licenseeLinkedToInventor) {
            throw new RuleViolationException("coi.flagged", "No conflict of interest is flagged on this agreement.");
        }
        requireStatus(AgreementStatus.DRAFT);
        this.coiClearedBy = director;
    }

    void approve(String director) {
        requireStatus(AgreementStatus.DRAFT);
        if (needsConflictClearance()) {
            throw new RuleViolationException("coi.cleared", "The licensee is linked to an inventor: the director "
                    + "clears the conflict of interest before approving.");
        }
        this.approvedBy = director;
        this.status = AgreementStatus.APPROVED;
    }

    void execute(LocalDate on) {
        requireStatus(AgreementStatus.APPROVED);
        this.executedOn = on;
        this.status = AgreementStatus.EXECUTED;
    }

    /** The licensing path was abandoned before signature; an executed agreement is never withdrawn. */
    boolean withdraw() {
        if (status == AgreementStatus.EXECUTED || status == AgreementStatus.WITHDRAWN) {
            return false;
        }
        this.status = AgreementStatus.WITHDRAWN;
        return true;
    }

    private void requireStatus(AgreementStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("agreement.status", "The agreement is " + status + "; this step needs "
                    + expected + ".");
        }
    }

    void loadDetails() {
        org.hibernate.Hibernate.initialize(milestones);
    }

    public RoyaltyTerms royaltyTerms() {
        return new RoyaltyTerms(currency(), tiers.stream().map(RoyaltyTierRow::tier).toList(), annualMinimum,
                sublicenceSharePercent);
    }

    /** The agreement year a date falls in: [start + n years, start + n+1 years). */
    public LocalDate agreementYearStart(LocalDate date) {
        LocalDate yearStart = startDate;
        while (!yearStart.plusYears(1).isAfter(date)) {
            yearStart = yearStart.plusYears(1);
        }
        return yearStart;
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

    public String licensee() {
        return licensee;
    }

    public String licenseeContact() {
        return licenseeContact;
    }

    public boolean licenseeLinkedToInventor() {
        return licenseeLinkedToInventor;
    }

    public LicenseeSize licenseeSize() {
        return licenseeSize;
    }

    public AgreementType type() {
        return type;
    }

    public String fieldOfUse() {
        return fieldOfUse;
    }

    public String territory() {
        return territory;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal issueFee() {
        return issueFee;
    }

    public BigDecimal annualMinimum() {
        return annualMinimum;
    }

    public BigDecimal sublicenceSharePercent() {
        return sublicenceSharePercent;
    }

    public boolean patentCostReimbursement() {
        return patentCostReimbursement;
    }

    public ReportingPeriod reportingPeriod() {
        return reportingPeriod;
    }

    public AgreementStatus status() {
        return status;
    }

    public String coiClearedBy() {
        return coiClearedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate executedOn() {
        return executedOn;
    }

    public List<RoyaltyTier> royaltyTiers() {
        return tiers.stream().map(RoyaltyTierRow::tier).toList();
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public long version() {
        return version;
    }
}
