package org.tto.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tto.office.OfficeCommands.PartnershipDetails;
import org.tto.shared.InvalidInputException;

/** A partnership of the TTO (twinning, a regional network, an industry association), from when to when. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "partner", nullable = false, length = 300)
    private String partner;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PartnershipKind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "description", length = 2000)
    private String description;

    @Version
    private long version;

    protected Partnership() {}

    Partnership(Long institutionId, PartnershipDetails details) {
        this.institutionId = institutionId;
        change(details);
    }

    void change(PartnershipDetails details) {
        if (details.startedOn() == null) {
            throw new InvalidInputException("startedOn", "Say when the partnership started.");
        }
        if (details.endedOn() != null && details.endedOn().isBefore(details.startedOn())) {
            throw new InvalidInputException("endedOn", "A partnership ends on or after the day it started ("
                    + details.startedOn() + "); was " + details.endedOn() + ".");
        }
        this.partner = OfficeText.required("partner", details.partner());
        this.kind = Objects.requireNonNull(details.kind(), "kind");
        this.startedOn = details.startedOn();
        this.endedOn = details.endedOn();
        this.description = OfficeText.optional(details.description());
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String partner() {
        return partner;
    }

    public PartnershipKind kind() {
        return kind;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    /** The day it ended (or will end); empty while it lasts. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public long version() {
        return version;
    }
}
