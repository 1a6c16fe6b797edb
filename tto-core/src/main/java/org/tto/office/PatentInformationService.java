package org.tto.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tto.office.OfficeCommands.ServiceDetails;
import org.tto.shared.InvalidInputException;

/**
 * A patent-information service the TTO delivered (a prior-art search, a freedom-to-operate search, a landscape
 * report, technology watch): to whom and when, and who recorded it.
 */
@Entity
@Table(name = "patent_information_service")
public class PatentInformationService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private PatentServiceKind kind;

    @Column(name = "requester", nullable = false, length = 300)
    private String requester;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected PatentInformationService() {}

    PatentInformationService(Long institutionId, ServiceDetails details, String recordedBy) {
        this.institutionId = institutionId;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        change(details);
    }

    void change(ServiceDetails details) {
        if (details.deliveredOn() == null) {
            throw new InvalidInputException("deliveredOn", "Say when the service was delivered.");
        }
        this.kind = Objects.requireNonNull(details.kind(), "kind");
        this.requester = OfficeText.required("requester", details.requester());
        this.deliveredOn = details.deliveredOn();
        this.description = OfficeText.optional(details.description());
    }

    public Long id() {
        return id;
    }

    public Long institutionId() {
        return institutionId;
    }

    public PatentServiceKind kind() {
        return kind;
    }

    public String requester() {
        return requester;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String recordedBy() {
        return recordedBy;
    }
}
