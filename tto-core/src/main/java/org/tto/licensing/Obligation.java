package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Something a licensee owes by a date: a payment, a royalty report (with its payment), a diligence milestone. */
@Entity
@Table(name = "obligation")
public class Obligation {

    /** What is owed. */
    public enum Kind {
        ISSUE_FEE_PAYMENT,
        ROYALTY_REPORT,
        /**
         * The payment a recorded royalty report makes owed, with its amount; created with the report (the owed
         * amount is known only once the report is checked against the terms), fulfilled when the receipts paid
         * against the report cover it.
         */
        ROYALTY_PAYMENT,
        MILESTONE
    }

    /** Open until fulfilled; late once its due date has passed unfulfilled. */
    public enum Status {
        OPEN,
        LATE,
        FULFILLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private Kind kind;

    @Column(name = "description", nullable = false, length = 500, updatable = false)
    private String description;

    @Column(name = "period_start", updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", updatable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "amount", precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Version
    private long version;

    protected Obligation() {}

    Obligation(Long agreementId, Kind kind, String description, LocalDate periodStart, LocalDate periodEnd,
            LocalDate dueDate, BigDecimal amount) {
        this.agreementId = agreementId;
        this.kind = kind;
        this.description = description;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.dueDate = dueDate;
        this.amount = amount;
        this.status = Status.OPEN;
    }

    /** Marks it late when its due date is before {@code today}; true when it just became late. */
    boolean markLateIfOverdue(LocalDate today) {
        if (status == Status.OPEN && dueDate.isBefore(today)) {
            status = Status.LATE;
            return true;
        }
        return false;
    }

    void fulfil(LocalDate on) {
        status = Status.FULFILLED;
        fulfilledOn = on;
    }

    void markEscalated() {
        escalated = true;
    }

    public Long id() {
        return id;
    }

    public Long agreementId() {
        return agreementId;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Status status() {
        return status;
    }

    public LocalDate fulfilledOn() {
        return fulfilledOn;
    }

    public boolean escalated() {
        return escalated;
    }
}
