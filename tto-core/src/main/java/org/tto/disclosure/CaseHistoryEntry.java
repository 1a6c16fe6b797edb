package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a case's history: who did what ({@link CaseEvent}), when. Append-only, written through
 * {@link DisclosureService#recordEvent}; read back with the code as stored.
 */
@Entity
@Table(name = "case_event")
public class CaseHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private Long disclosureId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "detail", length = 4000, updatable = false)
    private String detail;

    protected CaseHistoryEntry() {}

    CaseHistoryEntry(Long disclosureId, Instant occurredAt, String actor, CaseEvent event, String detail) {
        this.disclosureId = disclosureId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = event.name();
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    /** The stored code: a {@link CaseEvent}'s name. */
    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
