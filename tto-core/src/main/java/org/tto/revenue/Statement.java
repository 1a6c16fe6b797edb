package org.tto.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What one beneficiary received in a period: each receipt's part, and the totals per currency. */
public record Statement(String beneficiary, Beneficiary.Kind kind, LocalDate from, LocalDate to,
        List<StatementLine> lines, Map<String, BigDecimal> totals) {

    public Statement {
        lines = List.copyOf(lines);
        totals = Map.copyOf(totals);
    }
}
