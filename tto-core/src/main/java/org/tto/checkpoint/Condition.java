package org.tto.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A condition of a conditional pass, to be met by its due date. */
@Embeddable
public class Condition {

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Column(name = "overdue_flagged_on")
    private LocalDate overdueFlaggedOn;

    protected Condition() {}

    public Condition(String description, LocalDate dueDate) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a condition needs a description");
        }
        this.description = description.strip();
        this.dueDate = Objects.requireNonNull(dueDate, "a condition needs a due date");
    }

    public String description() {
        return description;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public LocalDate overdueFlaggedOn() {
        return overdueFlaggedOn;
    }

    /** Late: not met and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return metOn == null && today.isAfter(dueDate);
    }

    void meet(LocalDate on) {
        this.metOn = Objects.requireNonNull(on);
    }

    /** Flags a late condition once; true the first time. */
    boolean flagOverdue(LocalDate today) {
        if (!isOverdue(today) || overdueFlaggedOn != null) {
            return false;
        }
        overdueFlaggedOn = today;
        return true;
    }
}
