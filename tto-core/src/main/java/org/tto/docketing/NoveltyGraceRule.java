package org.tto.docketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * What one jurisdiction does with the inventor's own disclosure before filing: a grace period of so many months, or
 * none (absolute novelty: the disclosure is prior art there).
 */
@Entity
@Table(name = "novelty_grace_rule")
public class NoveltyGraceRule {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Null for absolute novelty. */
    @Column(name = "grace_months")
    private Integer graceMonths;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "source", nullable = false, length = 500)
    private String source;

    protected NoveltyGraceRule() {}

    public NoveltyGraceRule(String code, String name, Integer graceMonths, String legalBasis, String source) {
        if (graceMonths != null && graceMonths < 1) {
            throw new IllegalArgumentException("a grace period lasts at least one month, was " + graceMonths);
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.graceMonths = graceMonths;
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.source = Objects.requireNonNull(source);
    }

    public static NoveltyGraceRule absoluteNovelty(String code, String name, String legalBasis) {
        return new NoveltyGraceRule(code, name, null, legalBasis, legalBasis);
    }

    public static NoveltyGraceRule gracePeriod(String code, String name, int months, String legalBasis) {
        return new NoveltyGraceRule(code, name, months, legalBasis, legalBasis);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<Integer> graceMonths() {
        return Optional.ofNullable(graceMonths);
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String source() {
        return source;
    }
}
