package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A day an office is closed besides weekends (a public holiday, a closure period), with the reason and its source. */
@Entity
@Table(name = "office_closure")
public class OfficeClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_code", nullable = false, length = 2)
    private String officeCode;

    @Column(name = "closure_date", nullable = false)
    private LocalDate closureDate;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    protected OfficeClosure() {}

    public OfficeClosure(String officeCode, LocalDate closureDate, String reason, String source) {
        this.officeCode = Objects.requireNonNull(officeCode);
        this.closureDate = Objects.requireNonNull(closureDate);
        this.reason = Objects.requireNonNull(reason);
        this.source = Objects.requireNonNull(source);
    }

    public String officeCode() {
        return officeCode;
    }

    public LocalDate closureDate() {
        return closureDate;
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }
}
