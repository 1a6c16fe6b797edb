package org.tto.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a reporting period: who did what, when, with what comment or reason. Never changed or deleted. */
@Entity
@Table(name = "reporting_period_event")
public class PeriodEvent {

    /** What was done. */
    public enum Action {
        SUBMIT,
        APPROVE,
        RETURN,
        UNLOCK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10, updatable = false)
    private Action action;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "remark", length = 2000, updatable = false)
    private String remark;

    protected PeriodEvent() {}

    PeriodEvent(Action action, String actor, Instant occurredAt, String remark) {
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.remark = remark;
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String remark() {
        return remark;
    }
}
