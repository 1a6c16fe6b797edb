package org.tto.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One entry of a start-up's status history. */
@Entity
@Table(name = "startup_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20, updatable = false)
    private StartupStatus status;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected StatusChange() {}

    StatusChange(StartupStatus status, LocalDate effectiveOn, String note, String recordedBy) {
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public StartupStatus status() {
        return status;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
