package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A change of a target or baseline: from what, to what, why, who and when. Never changed or deleted. */
@Entity
@Table(name = "indicator_target_revision")
public class TargetRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "previous_value", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal previousValue;

    @Column(name = "new_value", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal newValue;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "revised_by", nullable = false, length = 64, updatable = false)
    private String revisedBy;

    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    protected TargetRevision() {}

    TargetRevision(Long targetId, BigDecimal previousValue, BigDecimal newValue, String reason, String revisedBy,
            Instant revisedAt) {
        this.targetId = targetId;
        this.previousValue = previousValue;
        this.newValue = newValue;
        this.reason = reason;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
    }

    public Long targetId() {
        return targetId;
    }

    public BigDecimal previousValue() {
        return previousValue;
    }

    public BigDecimal newValue() {
        return newValue;
    }

    public String reason() {
        return reason;
    }

    public String revisedBy() {
        return revisedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }
}
