package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tto.shared.InvalidInputException;

/**
 * The non-confidential technology brief a case is marketed with: the problem, the advantage, the economic comparison
 * with what buyers use today, and the technology readiness level. One per case, revised as the technology matures.
 */
@Entity
@Table(name = "technology_brief")
public class TechnologyBrief {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "problem", nullable = false, length = 2000)
    private String problem;

    @Column(name = "advantage", nullable = false, length = 2000)
    private String advantage;

    @Column(name = "economic_comparison", nullable = false, length = 2000)
    private String economicComparison;

    @Column(name = "trl", nullable = false)
    private int trl;

    @Column(name = "applications", length = 2000)
    private String applications;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TechnologyBrief() {}

    TechnologyBrief(Long disclosureId) {
        this.disclosureId = disclosureId;
    }

    void write(LicensingCommands.WriteBrief brief, String by, Instant at) {
        if (brief.trl() < 1 || brief.trl() > 9) {
            throw new InvalidInputException("trl", "The technology readiness level is 1 to 9.");
        }
        this.title = brief.title();
        this.problem = brief.problem();
        this.advantage = brief.advantage();
        this.economicComparison = brief.economicComparison();
        this.trl = brief.trl();
        this.applications = brief.applications();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long disclosureId() {
        return disclosureId;
    }

    public String title() {
        return title;
    }

    public String problem() {
        return problem;
    }

    public String advantage() {
        return advantage;
    }

    public String economicComparison() {
        return economicComparison;
    }

    public int trl() {
        return trl;
    }

    public String applications() {
        return applications;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
