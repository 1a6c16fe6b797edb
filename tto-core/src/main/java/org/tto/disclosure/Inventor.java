package org.tto.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An inventor named on a disclosure, with their contribution share in percent (the shares sum to exactly 100). */
@Entity
@Table(name = "disclosure_inventor")
public class Inventor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "affiliation", nullable = false, length = 200)
    private String affiliation;

    @Column(name = "share_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal sharePercent;

    /** The inventor's user, when they have one: they may then read the case and answer the officer's questions. */
    @Column(name = "username", length = 64)
    private String username;

    protected Inventor() {}

    public Inventor(String name, String email, String affiliation, BigDecimal sharePercent, String username) {
        if (sharePercent == null || sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("an inventor's share must be more than 0 and at most 100 percent");
        }
        this.name = name;
        this.email = email;
        this.affiliation = affiliation;
        this.sharePercent = sharePercent;
        this.username = username;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String affiliation() {
        return affiliation;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    public String username() {
        return username;
    }
}
