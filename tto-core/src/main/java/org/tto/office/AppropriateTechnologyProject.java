package org.tto.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An appropriate-technology project of a (usually least-developed) country, optionally led by one of its
 * institutions: the need it answers, and the days its landscape report, business plan and implementation were done.
 */
@Entity
@Table(name = "appropriate_technology_project")
public class AppropriateTechnologyProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "need", nullable = false, length = 2000)
    private String need;

    @Column(name = "landscape_report_on")
    private LocalDate landscapeReportOn;

    @Column(name = "business_plan_on")
    private LocalDate businessPlanOn;

    @Column(name = "implemented_on")
    private LocalDate implementedOn;

    @Version
    private long version;

    protected AppropriateTechnologyProject() {}

    AppropriateTechnologyProject(String countryCode) {
        this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
    }

    void change(String title, String need, Long institutionId, LocalDate landscapeReportOn, LocalDate businessPlanOn,
            LocalDate implementedOn) {
        this.title = OfficeText.required("title", title);
        this.need = OfficeText.required("need", need);
        this.institutionId = institutionId;
        this.landscapeReportOn = landscapeReportOn;
        this.businessPlanOn = businessPlanOn;
        this.implementedOn = implementedOn;
    }

    public Long id() {
        return id;
    }

    public String countryCode() {
        return countryCode;
    }

    /** The institution of the country that leads it, if one does. */
    public Optional<Long> institutionId() {
        return Optional.ofNullable(institutionId);
    }

    public String title() {
        return title;
    }

    public String need() {
        return need;
    }

    public Optional<LocalDate> landscapeReportOn() {
        return Optional.ofNullable(landscapeReportOn);
    }

    public Optional<LocalDate> businessPlanOn() {
        return Optional.ofNullable(businessPlanOn);
    }

    public Optional<LocalDate> implementedOn() {
        return Optional.ofNullable(implementedOn);
    }

    public long version() {
        return version;
    }
}
