package org.tto.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A country taking part in the TTO-creation programme, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 40)
    private Region region;

    /** Least-developed country, in the UN's list. */
    @Column(name = "ldc", nullable = false)
    private boolean ldc;

    /** The WIPO programme implementing the project in this country: 9 (regional bureaus) or 10. */
    @Column(name = "programme", nullable = false)
    private int programme;

    protected Country() {}

    public Country(String code, String name, Region region, boolean ldc, int programme) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be ISO 3166-1 alpha-2, was " + code);
        }
        if (programme != 9 && programme != 10) {
            throw new IllegalArgumentException("implementing programme must be 9 or 10, was " + programme);
        }
        this.code = code;
        this.name = Objects.requireNonNull(name);
        this.region = Objects.requireNonNull(region);
        this.ldc = ldc;
        this.programme = programme;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    public boolean ldc() {
        return ldc;
    }

    public int programme() {
        return programme;
    }
}
