package org.tto.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.tto.office.OfficeCommands.StaffDetails;
import org.tto.shared.InvalidInputException;

/**
 * One entry of the TTO's staff register: who works in the office, at what FTE, from when to when, and their
 * professional certification (e.g. RTTP) if any.
 */
@Entity
@Table(name = "tto_staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "position", nullable = false, length = 200)
    private String position;

    @Column(name = "fte", nullable = false, precision = 5, scale = 2)
    private BigDecimal fte;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "certification", length = 200)
    private String certification;

    @Column(name = "certified_on")
    private LocalDate certifiedOn;

    @Version
    private long version;

    protected StaffMember() {}

    StaffMember(Long institutionId, StaffDetails details) {
        this.institutionId = institutionId;
        change(details);
    }

    void change(StaffDetails details) {
        BigDecimal fte = details.fte();
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0
                || fte.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("fte", "The full-time equivalent is more than 0 and at most 1 (0.5 for "
                    + "half time), with at most 2 decimals; was " + fte + ".");
        }
        if (details.joinedOn() == null) {
            throw new InvalidInputException("joinedOn", "Say when they joined the office.");
        }
        if (details.leftOn() != null && details.leftOn().isBefore(details.joinedOn())) {
            throw new InvalidInputException("leftOn", "They leave on or after the day they joined ("
                    + details.joinedOn() + "); was " + details.leftOn() + ".");
        }
        String certification = OfficeText.optional(details.certification());
        if (details.certifiedOn() != null && certification == null) {
            throw new InvalidInputException("certifiedOn", "A certification date needs the certification it is "
                    + "the date of (e.g. RTTP).");
        }
        this.name = OfficeText.required("name", details.name());
        this.position = OfficeText.required("position", details.position());
        this.fte = fte;
        this.joinedOn = details.joinedOn();
        this.leftOn = details.leftOn();
        this.certification = certification;
        this.certifiedOn = details.certifiedOn();
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    public BigDecimal fte() {
        return fte;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    /** The day they left (or will leave) the office; empty while they stay. */
    public Optional<LocalDate> leftOn() {
        return Optional.ofNullable(leftOn);
    }

    /** Their professional certification, e.g. RTTP. */
    public Optional<String> certification() {
        return Optional.ofNullable(certification);
    }

    public Optional<LocalDate> certifiedOn() {
        return Optional.ofNullable(certifiedOn);
    }

    public long version() {
        return version;
    }
}
