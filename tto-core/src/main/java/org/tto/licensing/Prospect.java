package org.tto.licensing;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tto.shared.RuleViolationException;

/**
 * A company the case's technology is marketed to, with its contact and every interaction. A prospect linked to an
 * inventor (an inventor owns, directs or consults for it) makes any agreement with it a conflict of interest.
 */
@Entity
@Table(name = "prospect")
public class Prospect {

    /** Where the conversation with the company stands. */
    public enum Status {
        IDENTIFIED,
        CONTACTED,
        INTERESTED,
        NEGOTIATING,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "company", nullable = false, length = 200)
    private String company;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", nullable = false, length = 20)
    private LicenseeSize size;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "linked_to_inventor", nullable = false)
    private boolean linkedToInventor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "prospect_id", nullable = false)
    @OrderColumn(name = "list_index")
    private List<ProspectInteraction> interactions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Prospect() {}

    Prospect(Long disclosureId, Long institutionId, LicensingCommands.AddProspect command, String createdBy,
            Instant createdAt) {
        this.disclosureId = disclosureId;
        this.institutionId = institutionId;
        this.company = command.company().trim();
        this.size = command.size();
        this.country = command.country();
        this.contactName = command.contactName();
        this.contactEmail = command.contactEmail();
        this.linkedToInventor = command.linkedToInventor();
        this.status = Status.IDENTIFIED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Records an interaction; a first interaction moves an identified prospect to contacted. */
    void record(ProspectInteraction interaction) {
        interactions.add(interaction);
        if (status == Status.IDENTIFIED) {
            status = Status.CONTACTED;
        }
    }

    void changeStatus(Status next) {
        if (next == Status.NEGOTIATING) {
            throw new RuleViolationException("prospect.negotiating", "A prospect is chosen for negotiation by "
                    + "completing the licensing path's marketing task.");
        }
        status = next;
    }

    void negotiate() {
        if (status == Status.DECLINED) {
            throw new RuleViolationException("prospect.declined", company + " declined; choose another prospect.");
        }
        status = Status.NEGOTIATING;
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

    public String company() {
        return company;
    }

    /** The company's size as AUTM splits licensees: a start-up, a small company (< 500 employees), a large one. */
    public LicenseeSize size() {
        return size;
    }

    public String country() {
        return country;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public boolean linkedToInventor() {
        return linkedToInventor;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<ProspectInteraction> interactions() {
        return List.copyOf(interactions);
    }

    public long version() {
        return version;
    }
}
