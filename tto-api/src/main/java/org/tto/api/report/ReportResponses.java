package org.tto.api.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tto.report.AutmMetric;
import org.tto.report.AutmReport;
import org.tto.report.ResearchExpenditure;

/** What the report endpoints answer. */
final class ReportResponses {

    private ReportResponses() {}

    record AutmReportView(String institution, String institutionName, int fiscalYear, LocalDate periodStart,
            LocalDate periodEnd, LocalDate asOf, boolean complete, List<MetricView> metrics) {

        static AutmReportView of(AutmReport r) {
            return new AutmReportView(r.institutionCode(), r.institutionName(), r.fiscalYear().year(),
                    r.fiscalYear().start(), r.fiscalYear().end(), r.asOf(), r.complete(),
                    r.metrics().stream().map(MetricView::of).toList());
        }
    }

    /** A figure with its explanation: the definition used, the period, and every row looked at. */
    record MetricView(String code, String title, boolean available, Long count, List<AutmMetric.Amount> amounts,
            List<AutmMetric.Split> splits, String note, DefinitionView definition, LocalDate periodStart,
            LocalDate periodEnd, List<AutmMetric.Step> steps) {

        static MetricView of(AutmMetric m) {
            return new MetricView(m.code(), m.title(), m.available(), m.count(), m.amounts(), m.splits(), m.note(),
                    new DefinitionView(m.definition().surveyYear(), m.definition().text(), m.definition().basis()),
                    m.periodStart(), m.periodEnd(), m.steps());
        }
    }

    record DefinitionView(int surveyYear, String text, String basis) {}

    record ResearchExpenditureView(String institution, int fiscalYear, BigDecimal amount, String currency,
            String source, String enteredBy, Instant enteredAt) {

        static ResearchExpenditureView of(String institution, ResearchExpenditure r) {
            return new ResearchExpenditureView(institution, r.fiscalYear(), r.amount(),
                    r.currency().getCurrencyCode(), r.source(), r.enteredBy(), r.enteredAt());
        }
    }
}
