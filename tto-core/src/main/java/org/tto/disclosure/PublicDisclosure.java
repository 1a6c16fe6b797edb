package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A paper, thesis, talk or post that made (or will make) the invention public: past or planned. */
@Entity
@Table(name = "public_disclosure")
public class PublicDisclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "disclosure_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PublicDisclosureKind kind;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    protected PublicDisclosure() {}

    public PublicDisclosure(LocalDate date, PublicDisclosureKind kind, String description) {
        this.date = date;
        this.kind = kind;
        this.description = description;
    }

    public LocalDate date() {
        return date;
    }

    public PublicDisclosureKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
