package org.tto.programme;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;

/**
 * Adds up what the records gave to a measure, for the whole scope and for each slice of each dimension the
 * indicator is broken down by. A ratio is the sum of the numerators over the sum of the denominators of the slice
 * (never an average of ratios), so that slices roll up exactly.
 */
public final class Rollup {

    private Rollup() {}

    /** A figure: numerator, denominator (ratios only), value (null for a ratio over nothing) and records counted. */
    public record Figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value, int records) {}

    /** One slice of a dimension (null dimension: the whole scope) with its figure. */
    public record Slice(Dimension dimension, String key, String label, Figure figure) {}

    /** The figures of one measure: the total and every slice. */
    public record MeasureFigures(Measure measure, Slice total, List<Slice> slices) {}

    /** The institutions and countries a view covers: the slices are theirs, with zero where nothing was counted. */
    public record Scope(List<CountryFact> countries, List<InstitutionFact> institutions) {}

    public static MeasureFigures measure(IndicatorDefinition definition, Measure measure, List<Counted> all,
            Scope scope) {
        List<Counted> rows = all.stream().filter(c -> c.measure().equals(measure.code())).toList();
        Slice total = new Slice(null, "*", "All", figure(measure, rows));
        List<Slice> slices = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (!definition.disaggregations().contains(dimension)) {
                continue;
            }
            for (Map.Entry<String, String> key : keys(dimension, scope, rows).entrySet()) {
                Predicate<Counted> in = belongsTo(dimension, key.getKey(), scope);
                slices.add(new Slice(dimension, key.getKey(), key.getValue(),
                        figure(measure, rows.stream().filter(in).toList())));
            }
        }
        return new MeasureFigures(measure, total, slices);
    }

    /** The sum of the rows given: value = numerator, or numerator / denominator x factor to two places. */
    public static Figure figure(Measure measure, List<Counted> rows) {
        BigDecimal numerator = ZERO;
        BigDecimal denominator = ZERO;
        int counted = 0;
        for (Counted c : rows) {
            if (!c.counted()) {
                continue;
            }
            counted++;
            numerator = numerator.add(c.numerator());
            if (c.denominator() != null) {
                denominator = denominator.add(c.denominator());
            }
        }
        if (!measure.ratio()) {
            return new Figure(numerator, null, numerator, counted);
        }
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(measure.factor()).divide(denominator, 2, RoundingMode.HALF_UP);
        return new Figure(numerator, denominator, value, counted);
    }

    /** Whether a record belongs to a slice (the scope indexed once, not searched for every record). */
    public static Predicate<Counted> belongsTo(Dimension dimension, String key, Scope scope) {
        Map<String, CountryFact> countries = new HashMap<>();
        scope.countries().forEach(c -> countries.put(c.code(), c));
        Map<Long, String> institutions = new HashMap<>();
        scope.institutions().forEach(i -> institutions.put(i.id(), i.code()));
        return c -> {
            CountryFact country = countries.get(c.countryCode());
            return switch (dimension) {
                case COUNTRY -> key.equals(c.countryCode());
                case INSTITUTION -> c.institutionId() != null && key.equals(institutions.get(c.institutionId()));
                case REGION -> country != null && key.equals(country.region().name());
                case LDC -> country != null && key.equals(Boolean.toString(country.ldc()));
                case PROGRAMME -> country != null && key.equals(Integer.toString(country.programme()));
                case SEX -> key.equals(c.sex());
            };
        };
    }

    /** The slices of a dimension: every key the scope has (so that a slice with nothing shows zero), in order. */
    static Map<String, String> keys(Dimension dimension, Scope scope, List<Counted> rows) {
        Map<String, String> keys = new TreeMap<>();
        switch (dimension) {
            case COUNTRY -> scope.countries().forEach(c -> keys.put(c.code(), c.name()));
            case INSTITUTION -> scope.institutions().forEach(i -> keys.put(i.code(), i.name()));
            case REGION -> scope.countries().forEach(c -> keys.put(c.region().name(), c.region().name()));
            case LDC -> scope.countries().forEach(c -> keys.put(Boolean.toString(c.ldc()), c.ldc() ? "LDC"
                    : "not LDC"));
            case PROGRAMME -> scope.countries().forEach(c -> keys.put(Integer.toString(c.programme()),
                    "Programme " + c.programme()));
            case SEX -> rows.stream().map(Counted::sex).filter(Objects::nonNull).forEach(s -> keys.put(s, s));
        }
        return new LinkedHashMap<>(keys);
    }

}
