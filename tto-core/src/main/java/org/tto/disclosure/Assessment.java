package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the IP assessment scorecard. A re-assessment adds a version; none is ever overwritten. Scores run
 * from 1 (weak) to 5 (strong).
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public enum Novelty {
        NO_RELEVANT_PRIOR_ART,
        CLOSE_PRIOR_ART,
        ANTICIPATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false)
    private Long disclosureId;

    @Column(name = "version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "novelty", nullable = false, length = 30)
    private Novelty novelty;

    @Column(name = "prior_art", length = 4000)
    private String priorArt;

    @Column(name = "inventive_step", nullable = false)
    private int inventiveStep;

    @Column(name = "industrial_applicability", nullable = false)
    private int industrialApplicability;

    @Column(name = "market_potential", nullable = false)
    private int marketPotential;

    @Column(name = "trl", nullable = false)
    private int trl;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", nullable = false, length = 30)
    private ProtectionOutcome recommendation;

    @Column(name = "comments", length = 4000)
    private String comments;

    @Column(name = "assessed_by", nullable = false, length = 64)
    private String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    protected Assessment() {}

    Assessment(Long disclosureId, int version, Scorecard card, String assessedBy, Instant assessedAt) {
        this.disclosureId = disclosureId;
        this.version = version;
        this.novelty = card.novelty();
        this.priorArt = card.priorArt();
        this.inventiveStep = card.inventiveStep();
        this.industrialApplicability = card.industrialApplicability();
        this.marketPotential = card.marketPotential();
        this.trl = card.trl();
        this.recommendation = card.recommendation();
        this.comments = card.comments();
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** The scorecard's content, as an officer fills it in. */
    public record Scorecard(Novelty novelty, String priorArt, int inventiveStep, int industrialApplicability,
            int marketPotential, int trl, ProtectionOutcome recommendation, String comments) {}

    public Scorecard scorecard() {
        return new Scorecard(novelty, priorArt, inventiveStep, industrialApplicability, marketPotential, trl,
                recommendation, comments);
    }

    public int version() {
        return version;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
