package org.tto.disclosure;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.tto.docketing.FilingKind;
import org.tto.shared.InvalidInputException;

/**
 * A patent application filed for the case at one office (WIPO ST.3 code; {@code WO} for a PCT application), with the
 * earlier filings of the case whose priority it claims.
 */
@Entity
@Table(name = "filing")
public class Filing {

    public enum Status {
        PENDING,
        GRANTED,
        ABANDONED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false)
    private Long disclosureId;

    @Column(name = "office", nullable = false, length = 4)
    private String office;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FilingKind kind;

    @Column(name = "application_number", nullable = false, length = 60)
    private String applicationNumber;

    @Column(name = "filing_date", nullable = false)
    private LocalDate filingDate;

    /** The earliest date claimed: the filing date itself when nothing is claimed. Deadlines count from it. */
    @Column(name = "priority_date", nullable = false)
    private LocalDate priorityDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "filing_priority_claim", joinColumns = @JoinColumn(name = "filing_id"))
    @Column(name = "claimed_filing_id")
    private Set<Long> priorityClaims = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "filing_target_office", joinColumns = @JoinColumn(name = "filing_id"))
    @Column(name = "office", length = 4)
    private Set<String> targetOffices = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Filing() {}

    Filing(Long disclosureId, String office, FilingKind kind, String applicationNumber, LocalDate filingDate,
            LocalDate priorityDate, Set<Long> priorityClaims, Set<String> targetOffices, String recordedBy,
            Instant recordedAt) {
        if (priorityDate.isAfter(filingDate)) {
            throw new InvalidInputException("filings.priorityClaims", "A priority date cannot be after the filing date.");
        }
        this.disclosureId = disclosureId;
        this.office = office;
        this.kind = kind;
        this.applicationNumber = applicationNumber;
        this.filingDate = filingDate;
        this.priorityDate = priorityDate;
        this.status = Status.PENDING;
        this.priorityClaims.addAll(priorityClaims);
        this.targetOffices.addAll(targetOffices);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public String office() {
        return office;
    }

    public FilingKind kind() {
        return kind;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public LocalDate filingDate() {
        return filingDate;
    }

    public LocalDate priorityDate() {
        return priorityDate;
    }

    public Status status() {
        return status;
    }

    public Set<Long> priorityClaims() {
        return new TreeSet<>(priorityClaims);
    }

    public Set<String> targetOffices() {
        return new TreeSet<>(targetOffices);
    }
}
