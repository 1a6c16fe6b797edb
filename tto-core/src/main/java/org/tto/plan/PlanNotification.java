package org.tto.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A notification recorded on the plan: the record is the source of truth, the e-mail a courtesy ({@code delivery}
 * says whether it was sent, skipped or failed).
 */
@Entity
@Immutable
@Table(name = "plan_notification")
public class PlanNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private ImplementationPlan plan;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recipients", nullable = false, length = 1000)
    private String recipients;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "delivery", nullable = false, length = 10)
    private String delivery;

    protected PlanNotification() {}

    PlanNotification(ImplementationPlan plan, Instant occurredAt, String recipients, String subject, String body,
            String delivery) {
        this.plan = plan;
        this.occurredAt = occurredAt;
        this.recipients = recipients;
        this.subject = subject;
        this.body = body;
        this.delivery = delivery;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String recipients() {
        return recipients;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String delivery() {
        return delivery;
    }
}
