package org.tto.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One accepted transition in a plan's history: who, when, which event, from and to which state, and why. */
@Entity
@Immutable
@Table(name = "plan_transition")
public class PlanTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private ImplementationPlan plan;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 30)
    private PlanEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false, length = 30)
    private PlanState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 30)
    private PlanState to;

    @Column(name = "reason", updatable = false, length = 2000)
    private String reason;

    protected PlanTransition() {}

    PlanTransition(ImplementationPlan plan, Instant occurredAt, String actor, PlanEvent event, PlanState from,
            PlanState to, String reason) {
        this.plan = plan;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.event = Objects.requireNonNull(event);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public PlanEvent event() {
        return event;
    }

    public PlanState from() {
        return from;
    }

    public PlanState to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
