package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One contact with a prospect: when, how, what was said, and the next step agreed. */
@Entity
@Table(name = "prospect_interaction")
public class ProspectInteraction {

    /** How the contact happened. */
    public enum Channel {
        EMAIL,
        CALL,
        MEETING,
        SITE_VISIT,
        EVENT,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20, updatable = false)
    private Channel channel;

    @Column(name = "summary", nullable = false, length = 2000, updatable = false)
    private String summary;

    @Column(name = "next_step", length = 500, updatable = false)
    private String nextStep;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected ProspectInteraction() {}

    ProspectInteraction(LocalDate occurredOn, Channel channel, String summary, String nextStep, String recordedBy) {
        this.occurredOn = occurredOn;
        this.channel = channel;
        this.summary = summary;
        this.nextStep = nextStep;
        this.recordedBy = recordedBy;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Channel channel() {
        return channel;
    }

    public String summary() {
        return summary;
    }

    public String nextStep() {
        return nextStep;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
