package org.tto.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The AUTM Licensing Activity Survey figures of one institution for one fiscal year, each with its explanation.
 *
 * @param complete whether the fiscal year had ended on {@code asOf}; a report of a running year is partial
 */
public record AutmReport(String institutionCode, String institutionName, FiscalYear fiscalYear, LocalDate asOf,
        boolean complete, List<AutmMetric> metrics) {

    public AutmMetric metric(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + code));
    }
}
