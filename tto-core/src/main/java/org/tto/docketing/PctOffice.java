package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A designated/elected office of the PCT national-phase table (WIPO ST.3 code), and where its figures come from. */
@Entity
@Table(name = "pct_office")
public class PctOffice {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provenance", nullable = false, length = 20)
    private Provenance provenance;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    protected PctOffice() {}

    public PctOffice(String code, String name, Provenance provenance, String source) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.provenance = Objects.requireNonNull(provenance);
        this.source = Objects.requireNonNull(source);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Provenance provenance() {
        return provenance;
    }

    public String source() {
        return source;
    }

    /** Read from WIPO's table itself, or from national and secondary sources where the table could not be read. */
    public enum Provenance {
        WIPO_TABLE,
        SECONDARY
    }
}
