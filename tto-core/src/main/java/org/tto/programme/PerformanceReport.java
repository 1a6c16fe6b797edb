package org.tto.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.programme.PerformanceRules.Assessment;
import org.tto.programme.ProgrammeView.FigureView;
import org.tto.programme.ProgrammeView.Query;
import org.tto.programme.ProgrammeView.TargetValue;
import org.tto.shared.InvalidInputException;

/**
 * The programme performance report in WIPO's layout: for each expected result a programme reports to, each of its
 * indicators' measures with the baseline, the target, the performance data of the period and the traffic light —
 * computed from the same programme view as everything else, in the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class PerformanceReport {

    /** The programmes whose indicators the starting set reports to. */
    public static final List<Integer> PROGRAMMES = List.of(1, 9, 10, 11, 16, 30);

    private final ProgrammeView view;

    public PerformanceReport(ProgrammeView view) {
        this.view = view;
    }

    /** One line of the report. */
    public record Line(String expectedResult, String expectedResultTitle, int number, String indicator,
            String indicatorName, int version, String measure, String measureName, String unit, boolean ratio,
            TargetValue baseline, TargetValue target, BigDecimal performance, BigDecimal numerator,
            BigDecimal denominator, int records, Assessment assessment, String drillDown) {}

    /** The report of a programme for a period. */
    public record Report(int programme, LocalDate from, LocalDate to, List<String> countries, String method,
            List<Line> lines) {}

    public Report report(Actor actor, int programme, LocalDate from, LocalDate to) {
        if (!PROGRAMMES.contains(programme)) {
            throw new InvalidInputException("programme", "The indicators report to programmes " + PROGRAMMES
                    + "; not " + programme + ".");
        }
        Query query = new Query(from, to, null, null, null, null, programme, null);
        ProgrammeView.View computed = view.view(actor, query);
        List<Line> lines = new ArrayList<>();
        for (ProgrammeView.ResultView result : computed.expectedResults()) {
            for (ProgrammeView.IndicatorView indicator : result.indicators()) {
                IndicatorDefinition d = indicator.definition();
                for (ProgrammeView.MeasureView measure : indicator.measures()) {
                    FigureView total = measure.total();
                    BigDecimal baseline = total.baseline() == null ? null : total.baseline().value();
                    BigDecimal target = total.target() == null ? null : total.target().value();
                    lines.add(new Line(result.code(), result.title(), d.ordinal(), d.code(), d.name(), d.version(),
                            measure.measure().code(), measure.measure().name(), measure.measure().unit(),
                            measure.measure().ratio(), total.baseline(), total.target(), total.figure().value(),
                            total.figure().numerator(), total.figure().denominator(), total.figure().records(),
                            PerformanceRules.assess(baseline, target, total.figure().value()),
                            "/api/programme/indicators/" + d.code() + "/measures/" + measure.measure().code()
                                    + "/records?from=" + from + "&to=" + to + "&programme=" + programme));
                }
            }
        }
        return new Report(programme, from, to, computed.countries(), PerformanceRules.METHOD, lines);
    }
}
