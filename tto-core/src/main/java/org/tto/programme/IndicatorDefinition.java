package org.tto.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;

/**
 * One version of a programme indicator's definition, kept as data (seeded by migration V020): what it means, the
 * expected results and programmes it reports to, how it is obtained (computed from the records, or entered), what it
 * measures and by which dimensions it can be broken down. A computed indicator's formula is {@link IndicatorRules},
 * keyed by {@link #code()}.
 */
@Entity
@Table(name = "programme_indicator")
public class IndicatorDefinition {

    /** How a figure is obtained. */
    public enum Method {
        COMPUTED,
        ENTERED
    }

    /** How a measure rolls up: a sum of its numerators, or a ratio of the summed numerators and denominators. */
    public enum Aggregation {
        SUM,
        RATIO
    }

    /** What a figure can be broken down by. PROGRAMME is the country's implementing programme (9 or 10). */
    public enum Dimension {
        REGION,
        LDC,
        PROGRAMME,
        COUNTRY,
        INSTITUTION,
        SEX
    }

    /** One thing an indicator measures: value = numerator (SUM), or numerator / denominator x factor (RATIO). */
    @Embeddable
    public static class Measure {

        @Column(name = "code", nullable = false, length = 40)
        private String code;

        @Column(name = "name", nullable = false, length = 300)
        private String name;

        @Column(name = "unit", nullable = false, length = 40)
        private String unit;

        @Enumerated(EnumType.STRING)
        @Column(name = "aggregation", nullable = false, length = 10)
        private Aggregation aggregation;

        @Column(name = "factor", nullable = false, precision = 19, scale = 4)
        private BigDecimal factor;

        protected Measure() {}

        public Measure(String code, String name, String unit, Aggregation aggregation, BigDecimal factor) {
            this.code = code;
            this.name = name;
            this.unit = unit;
            this.aggregation = aggregation;
            this.factor = factor;
        }

        public String code() {
            return code;
        }

        public String name() {
            return name;
        }

        public String unit() {
            return unit;
        }

        public Aggregation aggregation() {
            return aggregation;
        }

        public BigDecimal factor() {
            return factor;
        }

        public boolean ratio() {
            return aggregation == Aggregation.RATIO;
        }
    }

    @Id
    private Long id;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    /** Its number in the programme's list (1 to 16 for the starting set). */
    @Column(name = "ordinal", nullable = false, updatable = false)
    private int ordinal;

    @Column(name = "name", nullable = false, length = 300, updatable = false)
    private String name;

    @Column(name = "definition", nullable = false, length = 3000, updatable = false)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 10, updatable = false)
    private Method method;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "basis", nullable = false, length = 1000, updatable = false)
    private String basis;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "programme_indicator_result", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "expected_result", nullable = false, length = 10)
    private Set<String> expectedResults = new TreeSet<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "programme_indicator_programme", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "programme", nullable = false)
    private Set<Integer> programmes = new TreeSet<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "programme_indicator_disaggregation", joinColumns = @JoinColumn(name = "indicator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 20)
    private Set<Dimension> disaggregations = EnumSet.noneOf(Dimension.class);

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "programme_indicator_measure", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Measure> measures = new ArrayList<>();

    protected IndicatorDefinition() {}

    /** A definition built in memory (tests): the database's rows are the real ones. */
    public IndicatorDefinition(String code, int version, int ordinal, String name, Method method,
            Set<String> expectedResults, Set<Integer> programmes, Set<Dimension> disaggregations,
            List<Measure> measures) {
        this.code = code;
        this.version = version;
        this.ordinal = ordinal;
        this.name = name;
        this.definition = name;
        this.method = method;
        this.validFrom = LocalDate.of(2024, 1, 1);
        this.basis = "test";
        this.expectedResults = new TreeSet<>(expectedResults);
        this.programmes = new TreeSet<>(programmes);
        this.disaggregations = disaggregations.isEmpty() ? EnumSet.noneOf(Dimension.class)
                : EnumSet.copyOf(disaggregations);
        this.measures = new ArrayList<>(measures);
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public int ordinal() {
        return ordinal;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public Method method() {
        return method;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String basis() {
        return basis;
    }

    public Set<String> expectedResults() {
        return expectedResults;
    }

    public Set<Integer> programmes() {
        return programmes;
    }

    public Set<Dimension> disaggregations() {
        return disaggregations;
    }

    public List<Measure> measures() {
        return measures;
    }

    /** Whether its figures belong to institutions (else to countries: a country-level indicator). */
    public boolean perInstitution() {
        return disaggregations.contains(Dimension.INSTITUTION);
    }

    public Measure measure(String measureCode) {
        return measures.stream().filter(m -> m.code().equals(measureCode)).findFirst().orElse(null);
    }
}
