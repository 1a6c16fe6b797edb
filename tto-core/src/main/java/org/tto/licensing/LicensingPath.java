package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * One licensing path of a case (one licence in the making), run by the licensing process: the prospect chosen, the
 * NDA/CDA, an optional option, the term sheet, and the agreement drafted from it. Each step is allowed only at its
 * stage, so the path's row and the process cannot drift apart.
 */
@Entity
@Table(name = "licensing_path")
public class LicensingPath {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "process_instance_id", nullable = false, updatable = false, length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private PathStage stage;

    @Column(name = "prospect_id")
    private Long prospectId;

    @Embedded
    private Confidentiality confidentiality;

    @Embedded
    private OptionGrant option;

    @Embedded
    private TermSheet termSheet;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LicensingPath() {}

    LicensingPath(Long disclosureId, Long institutionId, String processInstanceId, String startedBy,
            Instant startedAt) {
        this.disclosureId = disclosureId;
        this.institutionId = institutionId;
        this.processInstanceId = processInstanceId;
        this.stage = PathStage.BRIEF;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void briefWritten() {
        advance(PathStage.BRIEF, PathStage.MARKETING);
    }

    void chooseProspect(Prospect prospect) {
        requireStage(PathStage.MARKETING);
        prospect.negotiate();
        this.prospectId = prospect.id();
        this.stage = PathStage.CONFIDENTIALITY;
    }

    void recordConfidentiality(Confidentiality signed, boolean optionFirst) {
        requireStage(PathStage.CONFIDENTIALITY);
        if (signed.expiresOn() != null && !signed.expiresOn().isAfter(signed.signedOn())) {
            throw new InvalidInputException("expiresOn", "The NDA/CDA expires after it is signed.");
        }
        this.confidentiality = signed;
        this.stage = optionFirst ? PathStage.OPTION : PathStage.TERM_SHEET;
    }

    void grantOption(OptionGrant granted) {
        requireStage(PathStage.OPTION);
        if (!granted.expiresOn().isAfter(granted.grantedOn())) {
            throw new InvalidInputException("expiresOn", "The option period ends after the option is granted.");
        }
        if (confidentiality != null && granted.grantedOn().isBefore(confidentiality.signedOn())) {
            throw new InvalidInputException("grantedOn", "The option follows the NDA/CDA signed on "
                    + confidentiality.signedOn() + ".");
        }
        this.option = granted;
        this.stage = PathStage.TERM_SHEET;
    }

    void agreeTermSheet(TermSheet agreed) {
        requireStage(PathStage.TERM_SHEET);
        if (agreed.type() == AgreementType.OPTION) {
            throw new InvalidInputException("type", "A term sheet leads to an exclusive or non-exclusive licence; an "
                    + "option is recorded at the option step.");
        }
        this.termSheet = agreed;
        this.stage = PathStage.AGREEMENT;
    }

    /** The drafted terms must be the term sheet's: same licensee, type, field of use and territory. */
    void draftedAs(LicenseAgreement agreement, Prospect licensee) {
        requireStage(PathStage.AGREEMENT);
        if (agreementId != null) {
            throw new RuleViolationException("path.one-agreement", "This path already drafted agreement "
                    + agreementId + ".");
        }
        StringBuilder mismatch = new StringBuilder();
        if (!agreement.licensee().equalsIgnoreCase(licensee.company())) {
            mismatch.append(" licensee ").append(agreement.licensee()).append(" is not ").append(licensee.company())
                    .append(';');
        }
        if (agreement.type() != termSheet.type()) {
            mismatch.append(" type ").append(agreement.type()).append(" is not ").append(termSheet.type()).append(';');
        }
        if (!agreement.fieldOfUse().equalsIgnoreCase(termSheet.fieldOfUse().trim())) {
            mismatch.append(" field of use '").append(agreement.fieldOfUse()).append("' is not '")
                    .append(termSheet.fieldOfUse()).append("';");
        }
        if (!agreement.territory().equalsIgnoreCase(termSheet.territory().trim())) {
            mismatch.append(" territory '").append(agreement.territory()).append("' is not '")
                    .append(termSheet.territory()).append("';");
        }
        if (!mismatch.isEmpty()) {
            throw new RuleViolationException("agreement.term-sheet", "The agreement departs from the term sheet "
                    + "agreed on " + termSheet.agreedOn() + ":" + mismatch.substring(0, mismatch.length() - 1)
                    + ". Abandon this path and start another if the deal changed.");
        }
        if (licensee.linkedToInventor() && !agreement.licenseeLinkedToInventor()) {
            throw new RuleViolationException("agreement.coi-flag", licensee.company() + " is linked to an inventor; "
                    + "the agreement must flag the conflict of interest.");
        }
        this.agreementId = agreement.id();
    }

    void executed(LocalDate on) {
        advance(PathStage.AGREEMENT, PathStage.EXECUTED);
        this.endedOn = on;
    }

    void abandon(String reason, LocalDate on) {
        if (stage.ended()) {
            throw new RuleViolationException("path.open", "The licensing path already ended " + stage + ".");
        }
        this.stage = PathStage.ABANDONED;
        this.endReason = reason;
        this.endedOn = on;
    }

    private void advance(PathStage from, PathStage to) {
        requireStage(from);
        this.stage = to;
    }

    private void requireStage(PathStage expected) {
        if (stage != expected) {
            throw new RuleViolationException("path.stage", "The licensing path is at " + stage + "; this step "
                    + "belongs to " + expected + ".");
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

    public String processInstanceId() {
        return processInstanceId;
    }

    public PathStage stage() {
        return stage;
    }

    public Long prospectId() {
        return prospectId;
    }

    public Confidentiality confidentiality() {
        return confidentiality;
    }

    public OptionGrant option() {
        return option;
    }

    public TermSheet termSheet() {
        return termSheet;
    }

    public Long agreementId() {
        return agreementId;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long version() {
        return version;
    }
}
