package org.tto.disclosure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.tto.institution.Institution;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * An invention disclosure: the case a TTO follows from submission to commercialisation. The confidential description
 * is only for the case's inventors and the institution's officers and director.
 */
@Entity
@Table(name = "disclosure")
public class InventionDisclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, length = 32)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "ref_year", nullable = false)
    private int refYear;

    @Column(name = "ref_number", nullable = false)
    private int refNumber;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "confidential_description", nullable = false, length = 8000)
    private String confidentialDescription;

    @Column(name = "keywords", length = 500)
    private String keywords;

    @Column(name = "trl", nullable = false)
    private int trl;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private DisclosureStatus status;

    @Column(name = "novelty_at_risk", nullable = false)
    private boolean noveltyAtRisk;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "disclosure_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<Inventor> inventors = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "disclosure_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<FundingSource> funding = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "disclosure_id", nullable = false)
    @OrderColumn(name = "list_index", nullable = false)
    private List<PublicDisclosure> publicDisclosures = new ArrayList<>();

    @Version
    private long version;

    protected InventionDisclosure() {}

    InventionDisclosure(Institution institution, DisclosureReference reference, String title, String summary,
            String confidentialDescription, String keywords, int trl, List<Inventor> inventors,
            List<FundingSource> funding, List<PublicDisclosure> publicDisclosures, String submittedBy,
            Instant submittedAt) {
        if (trl < 1 || trl > 9) {
            throw new InvalidInputException("trl", "TRL must be 1-9, was " + trl);
        }
        requireSharesOfExactly100(inventors);
        this.institution = Objects.requireNonNull(institution);
        this.reference = reference.value();
        this.refYear = reference.year();
        this.refNumber = reference.number();
        this.title = title;
        this.summary = summary;
        this.confidentialDescription = confidentialDescription;
        this.keywords = keywords;
        this.trl = trl;
        this.inventors.addAll(inventors);
        this.funding.addAll(funding);
        this.publicDisclosures.addAll(publicDisclosures);
        this.status = DisclosureStatus.AWAITING_TRIAGE;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    static void requireSharesOfExactly100(List<Inventor> inventors) {
        if (inventors == null || inventors.isEmpty()) {
            throw new InvalidInputException("inventors", "disclosure.inventors.none",
                    "A disclosure names at least one inventor.");
        }
        BigDecimal total = inventors.stream().map(Inventor::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new InvalidInputException("inventors", "disclosure.inventors.shares",
                    "The inventors' contribution shares must sum to exactly 100 %, they sum to "
                            + total.stripTrailingZeros().toPlainString() + " %.", total);
        }
    }

    /** Moves the case on, from one of the statuses the step may start from. */
    void advance(DisclosureStatus to, DisclosureStatus... from) {
        if (!Set.of(from).contains(status)) {
            throw new RuleViolationException("case.status", "The case is " + status + "; this step needs it to be "
                    + Set.of(from) + ".");
        }
        this.status = to;
    }

    void addPublicDisclosures(List<PublicDisclosure> more) {
        publicDisclosures.addAll(more);
    }

    void flagNoveltyRisk(boolean atRisk) {
        this.noveltyAtRisk = atRisk;
    }

    /** Loads the case's lists, so the case can be read after its transaction (the web layer has no session). */
    void loadDetails() {
        Hibernate.initialize(inventors);
        Hibernate.initialize(funding);
        Hibernate.initialize(publicDisclosures);
    }

    public boolean isInventor(String username) {
        return submittedBy.equals(username) || inventors.stream().anyMatch(i -> username.equals(i.username()));
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Institution institution() {
        return institution;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String confidentialDescription() {
        return confidentialDescription;
    }

    public String keywords() {
        return keywords;
    }

    public int trl() {
        return trl;
    }

    public DisclosureStatus status() {
        return status;
    }

    public boolean noveltyAtRisk() {
        return noveltyAtRisk;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<Inventor> inventors() {
        return List.copyOf(inventors);
    }

    public List<FundingSource> funding() {
        return List.copyOf(funding);
    }

    public List<PublicDisclosure> publicDisclosures() {
        return List.copyOf(publicDisclosures);
    }

    public long version() {
        return version;
    }
}
