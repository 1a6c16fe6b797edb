package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A diligence milestone of a licence, with the payment due when it is reached (zero: diligence only). */
@Entity
@Table(name = "license_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "payment", nullable = false, precision = 19, scale = 4)
    private BigDecimal payment;

    protected Milestone() {}

    public Milestone(String description, LocalDate dueDate, BigDecimal payment) {
        this.description = description;
        this.dueDate = dueDate;
        this.payment = payment;
    }

    public String description() {
        return description;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal payment() {
        return payment;
    }
}
