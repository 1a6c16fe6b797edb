package org.tto.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One state-changing request: who (and in which role), when, what, on which record, with what outcome — refused
 * attempts included. Immutable: Hibernate never issues an UPDATE for it, and the repository offers no delete.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    public enum Outcome {
        SUCCEEDED,
        REFUSED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "user_role", length = 20)
    private String role;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "action", nullable = false, length = 200)
    private String action;

    @Column(name = "entity_type", length = 60)
    private String entityType;

    @Column(name = "entity_id", length = 64)
    private String entityId;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "request_id", nullable = false, length = 64)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    protected AuditEntry() {}

    public AuditEntry(Instant occurredAt, String username, String role, Long institutionId, String action,
            String entityType, String entityId, String summary, String requestId, int httpStatus) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.role = role;
        this.institutionId = institutionId;
        this.action = truncate(action, 200);
        this.entityType = truncate(entityType, 60);
        this.entityId = truncate(entityId, 64);
        this.summary = truncate(summary, 2000);
        this.requestId = truncate(requestId, 64);
        this.httpStatus = httpStatus;
        this.outcome = httpStatus >= 500 ? Outcome.FAILED : httpStatus >= 400 ? Outcome.REFUSED : Outcome.SUCCEEDED;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }

    public String requestId() {
        return requestId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
