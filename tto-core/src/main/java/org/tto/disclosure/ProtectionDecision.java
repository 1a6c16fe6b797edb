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

/** The director's decision on how to protect (or not) the invention, with the reason. */
@Entity
@Table(name = "protection_decision")
public class ProtectionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false)
    private Long disclosureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 30)
    private ProtectionOutcome outcome;

    @Column(name = "reason", nullable = false, length = 4000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ProtectionDecision() {}

    ProtectionDecision(Long disclosureId, ProtectionOutcome outcome, String reason, String decidedBy,
            Instant decidedAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a protection decision needs a reason");
        }
        this.disclosureId = disclosureId;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public ProtectionOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
