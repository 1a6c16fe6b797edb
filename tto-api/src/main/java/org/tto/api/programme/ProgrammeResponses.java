package org.tto.api.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;
import org.tto.programme.Counted;
import org.tto.programme.ExchangeRate;
import org.tto.programme.IndicatorDefinition;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.IndicatorEntry;
import org.tto.programme.IndicatorTarget;
import org.tto.programme.PeriodEvent;
import org.tto.programme.ProgrammeView;
import org.tto.programme.ProgrammeView.FigureView;
import org.tto.programme.ProgrammeView.Query;
import org.tto.programme.ProgrammeView.TargetValue;
import org.tto.programme.ReportingPeriod;
import org.tto.programme.TargetRevision;

/** What the programme endpoints answer. */
final class ProgrammeResponses {

    private ProgrammeResponses() {}

    record MeasureResponse(String code, String name, String unit, String aggregation, BigDecimal factor) {

        static MeasureResponse of(Measure m) {
            return new MeasureResponse(m.code(), m.name(), m.unit(), m.aggregation().name(), m.factor());
        }
    }

    record DefinitionResponse(String code, int version, int number, String name, String definition, String method,
            LocalDate validFrom, String basis, Set<String> expectedResults, Set<Integer> programmes,
            Set<Dimension> disaggregations, List<MeasureResponse> measures) {

        static DefinitionResponse of(IndicatorDefinition d) {
            return new DefinitionResponse(d.code(), d.version(), d.ordinal(), d.name(), d.definition(),
                    d.method().name(), d.validFrom(), d.basis(), d.expectedResults(), d.programmes(),
                    d.disaggregations(), d.measures().stream().map(MeasureResponse::of).toList());
        }
    }

    /**
     * A figure: for a sum, the numerator is the value; for a ratio, value = numerator / denominator x factor (null
     * over nothing). {@code records} counts the records counted; {@code drillDown} lists them all.
     */
    record FigureResponse(String dimension, String key, String label, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, int records, TargetValue target, TargetValue baseline, String drillDown) {

        static FigureResponse of(String indicator, String measure, FigureView f, Query query) {
            return new FigureResponse(f.dimension() == null ? null : f.dimension().name(), f.key(), f.label(),
                    f.figure().value(), f.figure().numerator(), f.figure().denominator(), f.figure().records(),
                    f.target(), f.baseline(), ProgrammeResponses.drillDown(indicator, measure, query, f.dimension(),
                            f.key()));
        }
    }

    record MeasureFigures(String code, String name, String unit, String aggregation, FigureResponse total,
            List<FigureResponse> slices) {}

    record IndicatorFigures(String code, int version, int number, String name, String definition, String method,
            Set<Integer> programmes, List<MeasureFigures> measures) {

        static IndicatorFigures of(ProgrammeView.IndicatorView v, Query query) {
            IndicatorDefinition d = v.definition();
            return new IndicatorFigures(d.code(), d.version(), d.ordinal(), d.name(), d.definition(),
                    d.method().name(), d.programmes(), v.measures().stream()
                            .map(m -> new MeasureFigures(m.measure().code(), m.measure().name(), m.measure().unit(),
                                    m.measure().aggregation().name(),
                                    FigureResponse.of(d.code(), m.measure().code(), m.total(), query),
                                    m.slices().stream().map(s -> FigureResponse.of(d.code(), m.measure().code(), s,
                                            query)).toList()))
                            .toList());
        }
    }

    record ExpectedResultFigures(String code, String title, List<IndicatorFigures> indicators) {}

    record ViewResponse(LocalDate from, LocalDate to, String region, Boolean ldc, String country, String institution,
            Integer programme, String expectedResult, List<String> countries, int institutions,
            List<ExpectedResultFigures> expectedResults) {

        static ViewResponse of(ProgrammeView.View view) {
            Query q = view.query();
            return new ViewResponse(q.from(), q.to(), q.region() == null ? null : q.region().name(), q.ldc(),
                    q.country(), q.institution(), q.programme(), q.expectedResult(), view.countries(),
                    view.institutions(), view.expectedResults().stream()
                            .map(r -> new ExpectedResultFigures(r.code(), r.title(), r.indicators().stream()
                                    .map(i -> IndicatorFigures.of(i, q)).toList()))
                            .toList());
        }
    }

    /** One record behind a figure: its part of the numerator and denominator, and why. */
    record RecordResponse(String source, long id, String reference, LocalDate date, String country,
            Long institutionId, String sex, String currency, BigDecimal amount, BigDecimal usd, boolean counted,
            BigDecimal numerator, BigDecimal denominator, String why) {

        static RecordResponse of(Counted c) {
            Counted.Row r = c.row();
            return new RecordResponse(r.source(), r.id(), r.reference(), r.date(), c.countryCode(),
                    c.institutionId(), c.sex(), r.currency(), r.amount(), r.usd(), r.counted(), c.numerator(),
                    c.denominator(), r.why());
        }
    }

    record DrillDownResponse(String indicator, int version, String name, String definition, String measure,
            String measureName, String unit, LocalDate from, LocalDate to, String dimension, String key,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, int counted, List<RecordResponse> records) {

        static DrillDownResponse of(ProgrammeView.DrillDown d) {
            return new DrillDownResponse(d.definition().code(), d.definition().version(), d.definition().name(),
                    d.definition().definition(), d.measure().code(), d.measure().name(), d.measure().unit(),
                    d.query().from(), d.query().to(), d.dimension() == null ? null : d.dimension().name(), d.key(),
                    d.figure().value(), d.figure().numerator(), d.figure().denominator(), d.figure().records(),
                    d.records().stream().map(RecordResponse::of).toList());
        }
    }

    record EntryResponse(long id, String indicator, String measure, String country, Long institutionId, int year,
            BigDecimal numerator, BigDecimal denominator, String evidence, String enteredBy, Instant enteredAt,
            long version) {

        static EntryResponse of(IndicatorEntry e) {
            return new EntryResponse(e.id(), e.indicatorCode(), e.measureCode(), e.countryCode(), e.institutionId(),
                    e.year(), e.numerator(), e.denominator(), e.evidence(), e.enteredBy(), e.enteredAt(),
                    e.version());
        }
    }

    record TargetResponse(long id, String kind, String indicator, String measure, String scopeKind, String scopeKey,
            int year, BigDecimal originalValue, BigDecimal value, String source, String setBy, Instant setAt,
            long version) {

        static TargetResponse of(IndicatorTarget t) {
            return new TargetResponse(t.id(), t.kind().name(), t.indicatorCode(), t.measureCode(),
                    t.scopeKind().name(), t.scopeKey(), t.year(), t.originalValue(), t.value(), t.source(),
                    t.setBy(), t.setAt(), t.version());
        }
    }

    record RevisionResponse(BigDecimal previousValue, BigDecimal newValue, String reason, String revisedBy,
            Instant revisedAt) {

        static RevisionResponse of(TargetRevision r) {
            return new RevisionResponse(r.previousValue(), r.newValue(), r.reason(), r.revisedBy(), r.revisedAt());
        }
    }

    record RateResponse(String currency, int year, BigDecimal usdPerUnit, String source, String enteredBy,
            Instant enteredAt) {

        static RateResponse of(ExchangeRate r) {
            return new RateResponse(r.currency(), r.year(), r.usdPerUnit(), r.source(), r.enteredBy(),
                    r.enteredAt());
        }
    }

    record PeriodEventResponse(String action, String actor, Instant at, String remark) {

        static PeriodEventResponse of(PeriodEvent e) {
            return new PeriodEventResponse(e.action().name(), e.actor(), e.occurredAt(), e.remark());
        }
    }

    record PeriodResponse(String country, int year, String status, boolean locked, String submittedBy,
            Instant submittedAt, String decidedBy, Instant decidedAt, long version,
            List<PeriodEventResponse> history) {

        static PeriodResponse of(ReportingPeriod p) {
            return new PeriodResponse(p.countryCode(), p.year(), p.status().name(), p.locked(), p.submittedBy(),
                    p.submittedAt(), p.decidedBy(), p.decidedAt(), p.version(),
                    p.events().stream().map(PeriodEventResponse::of).toList());
        }
    }

    /** The link to a figure's records, with the view's period and narrowing. */
    static String drillDown(String indicator, String measure, Query q, Dimension dimension, String key) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/programme/indicators/{code}/measures/{measure}"
                + "/records").queryParam("from", q.from()).queryParam("to", q.to());
        if (q.region() != null) {
            uri.queryParam("region", q.region());
        }
        if (q.ldc() != null) {
            uri.queryParam("ldc", q.ldc());
        }
        if (q.country() != null) {
            uri.queryParam("country", q.country());
        }
        if (q.institution() != null) {
            uri.queryParam("institution", q.institution());
        }
        if (q.programme() != null) {
            uri.queryParam("programme", q.programme());
        }
        if (dimension != null) {
            uri.queryParam("dimension", dimension).queryParam("key", key);
        }
        return uri.buildAndExpand(indicator, measure).encode().toUriString();
    }
}
