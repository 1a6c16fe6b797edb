package org.tto.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.IndicatorTarget.Kind;
import org.tto.programme.IndicatorTarget.ScopeKind;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;
import org.tto.programme.Rollup.Figure;
import org.tto.programme.Rollup.MeasureFigures;
import org.tto.programme.Rollup.Scope;
import org.tto.programme.Rollup.Slice;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * The programme view: every indicator in force, by expected result, for a period and a slice of the programme
 * (region, LDC status, implementing programme, country, institution), computed live from the records in the
 * caller's scope — coordinators their country, reviewers and admins every country, officers and directors their
 * institution — each figure with its numerator, denominator, target and baseline, and its records on request.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeView {

    private final IndicatorDefinitions definitions;
    private final ExpectedResultRepository results;
    private final IndicatorTargetRepository targets;
    private final ProgrammeFactsReader reader;
    private final CountryRepository countries;
    private final InstitutionRepository institutions;

    public ProgrammeView(IndicatorDefinitions definitions, ExpectedResultRepository results,
            IndicatorTargetRepository targets, ProgrammeFactsReader reader, CountryRepository countries,
            InstitutionRepository institutions) {
        this.definitions = definitions;
        this.results = results;
        this.targets = targets;
        this.reader = reader;
        this.countries = countries;
        this.institutions = institutions;
    }

    /** What the caller asks for: the period (both ends inclusive) and optional narrowing. */
    public record Query(LocalDate from, LocalDate to, Region region, Boolean ldc, String country, String institution,
            Integer programme, String expectedResult) {}

    /** A target or baseline as it applies to a figure: its value, its year and where it comes from. */
    public record TargetValue(BigDecimal value, int year, String basis) {}

    public record FigureView(Dimension dimension, String key, String label, Figure figure, TargetValue target,
            TargetValue baseline) {}

    public record MeasureView(Measure measure, FigureView total, List<FigureView> slices) {}

    public record IndicatorView(IndicatorDefinition definition, List<MeasureView> measures) {}

    public record ResultView(String code, String title, List<IndicatorView> indicators) {}

    public record View(Query query, List<String> countries, int institutions, List<ResultView> expectedResults) {}

    /** One figure's records: every record looked at for the measure in the slice, counted or not, and why. */
    public record DrillDown(Query query, IndicatorDefinition definition, Measure measure, Dimension dimension,
            String key, Figure figure, List<Counted> records) {}

    public View view(Actor actor, Query query) {
        Context context = context(actor, query);
        List<IndicatorDefinition> current = definitions.current();
        List<IndicatorDefinition> shown = current.stream()
                .filter(d -> query.programme() == null || d.programmes().contains(query.programme()))
                .filter(d -> query.expectedResult() == null || d.expectedResults().contains(query.expectedResult()))
                .toList();
        List<IndicatorRules.Required> required = IndicatorDefinitions.required(current);
        Map<String, IndicatorView> views = new java.util.HashMap<>();
        for (IndicatorDefinition definition : shown) {
            List<Counted> counted = IndicatorRules.compute(definition, context.facts(), required);
            List<MeasureView> measures = new ArrayList<>();
            for (Measure measure : definition.measures()) {
                MeasureFigures figures = Rollup.measure(definition, measure, counted, context.scope());
                measures.add(new MeasureView(measure, figureView(definition, measure, figures.total(), context),
                        figures.slices().stream().map(s -> figureView(definition, measure, s, context)).toList()));
            }
            views.put(definition.code(), new IndicatorView(definition, measures));
        }
        List<ResultView> byResult = results.findAll().stream()
                .filter(r -> query.expectedResult() == null || r.code().equals(query.expectedResult()))
                .sorted(Comparator.comparing(ExpectedResult::code))
                .map(r -> new ResultView(r.code(), r.title(), shown.stream()
                        .filter(d -> d.expectedResults().contains(r.code())).map(d -> views.get(d.code())).toList()))
                .filter(r -> !r.indicators().isEmpty())
                .toList();
        return new View(query, context.scope().countries().stream().map(CountryFact::code).toList(),
                context.scope().institutions().size(), byResult);
    }

    /** The records behind one figure: a measure of an indicator, for the whole view or one slice of it. */
    public DrillDown records(Actor actor, String indicator, String measureCode, Query query, Dimension dimension,
            String key) {
        List<IndicatorDefinition> current = definitions.current();
        IndicatorDefinition definition = current.stream().filter(d -> d.code().equals(indicator)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", indicator));
        Measure measure = definition.measure(measureCode);
        if (measure == null) {
            throw new NotFoundException("measure", indicator + "." + measureCode);
        }
        if (dimension != null && (key == null || !definition.disaggregations().contains(dimension))) {
            throw new InvalidInputException("dimension", indicator + " is broken down by "
                    + definition.disaggregations() + "; give the slice's key too.");
        }
        Context context = context(actor, query);
        Predicate<Counted> in = dimension == null ? c -> true : Rollup.belongsTo(dimension, key, context.scope());
        List<Counted> records = IndicatorRules.compute(definition, context.facts(),
                IndicatorDefinitions.required(current)).stream()
                .filter(c -> c.measure().equals(measure.code())).filter(in).toList();
        return new DrillDown(query, definition, measure, dimension, key, Rollup.figure(measure, records), records);
    }

    private record Context(Scope scope, ProgrammeFacts facts, List<IndicatorTarget> targets, int year) {}

    private Context context(Actor actor, Query query) {
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see programme indicators");
        }
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "A period runs from a day to the same day or a later one.");
        }
        if (query.from().plusYears(10).isBefore(query.to())) {
            throw new InvalidInputException("to", "A period is at most ten years long.");
        }
        if (query.country() != null && (!countries.existsById(query.country())
                || !actor.canSeeCountry(query.country()))) {
            throw new NotFoundException("country", query.country());
        }
        Integer implementing = query.programme() != null && (query.programme() == 9 || query.programme() == 10)
                ? query.programme() : null;
        List<CountryFact> inScope = countries.findAll().stream()
                .filter(c -> actor.canSeeCountry(c.code()))
                .filter(c -> query.country() == null || c.code().equals(query.country()))
                .filter(c -> query.region() == null || c.region() == query.region())
                .filter(c -> query.ldc() == null || c.ldc() == query.ldc())
                .filter(c -> implementing == null || c.programme() == implementing)
                .map(c -> new CountryFact(c.code(), c.name(), c.region(), c.ldc(), c.programme()))
                .sorted(Comparator.comparing(CountryFact::code))
                .toList();
        List<String> codes = inScope.stream().map(CountryFact::code).toList();
        List<InstitutionFact> institutionsInScope = institutions.findAll().stream()
                .filter(i -> codes.contains(i.countryCode()) && actor.canSee(i.id(), i.countryCode()))
                .filter(i -> query.institution() == null || i.code().equals(query.institution()))
                .map(i -> new InstitutionFact(i.id(), i.code(), i.name(), i.countryCode()))
                .sorted(Comparator.comparing(InstitutionFact::code))
                .toList();
        if (query.institution() != null && institutionsInScope.isEmpty()) {
            throw new NotFoundException("institution", query.institution());
        }
        boolean wholeCountries = query.institution() == null && actor.role().scope() != Role.Scope.INSTITUTION;
        ProgrammeFacts facts = reader.read(inScope, institutionsInScope, query.from(), query.to(), wholeCountries);
        int year = query.to().getYear();
        return new Context(new Scope(inScope, institutionsInScope), facts, targets.findByYearLessThanEqual(year),
                year);
    }

    // targets -------------------------------------------------------------------------------------------------------

    private FigureView figureView(IndicatorDefinition definition, Measure measure, Slice slice, Context context) {
        return new FigureView(slice.dimension(), slice.key(), slice.label(), slice.figure(),
                applicable(Kind.TARGET, definition, measure, slice, context),
                applicable(Kind.BASELINE, definition, measure, slice, context));
    }

    /**
     * The target (of the period's last year) or the latest baseline of a slice: set for it, or — for a sum — the
     * sum of those set for what it is made of (the countries of the programme or a region, the institutions of a
     * country). Other slices (LDC status, programme, sex) have none of their own.
     */
    private TargetValue applicable(Kind kind, IndicatorDefinition definition, Measure measure, Slice slice,
            Context context) {
        ScopeKind scopeKind = scopeKind(slice.dimension());
        if (scopeKind == null) {
            return null;
        }
        TargetValue own = own(kind, definition, measure, scopeKind, slice.key(), context);
        if (own != null || measure.ratio()) {
            return own;
        }
        List<TargetValue> parts;
        String of;
        if (scopeKind == ScopeKind.COUNTRY) {
            parts = context.scope().institutions().stream().filter(i -> i.countryCode().equals(slice.key()))
                    .map(i -> own(kind, definition, measure, ScopeKind.INSTITUTION, i.code(), context))
                    .filter(Objects::nonNull).toList();
            of = "institution";
        } else if (scopeKind == ScopeKind.PROGRAMME || scopeKind == ScopeKind.REGION) {
            parts = context.scope().countries().stream()
                    .filter(c -> scopeKind == ScopeKind.PROGRAMME || c.region().name().equals(slice.key()))
                    .map(c -> own(kind, definition, measure, ScopeKind.COUNTRY, c.code(), context))
                    .filter(Objects::nonNull).toList();
            of = "country";
        } else {
            return null;
        }
        if (parts.isEmpty()) {
            return null;
        }
        BigDecimal sum = parts.stream().map(TargetValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int year = parts.stream().mapToInt(TargetValue::year).max().orElse(context.year());
        return new TargetValue(sum, year, "the sum of " + parts.size() + " " + of + " " + kind.name().toLowerCase()
                + (parts.size() == 1 ? "" : "s"));
    }

    private static TargetValue own(Kind kind, IndicatorDefinition definition, Measure measure, ScopeKind scopeKind,
            String key, Context context) {
        return context.targets().stream()
                .filter(t -> t.kind() == kind && t.indicatorCode().equals(definition.code())
                        && t.measureCode().equals(measure.code()) && t.scopeKind() == scopeKind
                        && t.scopeKey().equals(key)
                        && (kind == Kind.BASELINE ? t.year() <= context.year() : t.year() == context.year()))
                .max(Comparator.comparingInt(IndicatorTarget::year))
                .map(t -> new TargetValue(t.value(), t.year(), kind.name().toLowerCase() + " set by " + t.setBy()
                        + (t.originalValue().compareTo(t.value()) == 0 ? ""
                                : " (revised from " + t.originalValue().stripTrailingZeros().toPlainString() + ")")
                        + ": " + t.source()))
                .orElse(null);
    }

    private static ScopeKind scopeKind(Dimension dimension) {
        if (dimension == null) {
            return ScopeKind.PROGRAMME;
        }
        return switch (dimension) {
            case REGION -> ScopeKind.REGION;
            case COUNTRY -> ScopeKind.COUNTRY;
            case INSTITUTION -> ScopeKind.INSTITUTION;
            default -> null;
        };
    }
}
