package org.tto.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One figure of the AUTM report with its explanation: the definition used (and its survey year), the period, and the
 * steps (every row looked at, counted or not, and why).
 *
 * @param count     for counted metrics, the count; null for money metrics and for what cannot be derived
 * @param amounts   for money metrics, one total per currency ({@code part} TOTAL) and its parts; never converted
 * @param splits    the splits AUTM asks for (e.g. type EXCLUSIVE, licenseeSize STARTUP)
 * @param available false when the data cannot give the figure; {@code note} then says why
 */
public record AutmMetric(String code, String title, Long count, List<Amount> amounts, List<Split> splits,
        boolean available, String note, Definition definition, LocalDate periodStart, LocalDate periodEnd,
        List<Step> steps) {

    public static final String TOTAL = "TOTAL";

    /** The definition a metric was computed under: its survey year, title, text and where the text comes from. */
    public record Definition(String code, int surveyYear, String title, String text, String basis) {}

    /** A sum in one currency: the {@code TOTAL}, or one part of it (a category, a cost kind). */
    public record Amount(String currency, String part, BigDecimal amount) {}

    /** The count of one key of a split dimension. */
    public record Split(String dimension, String key, long count) {}

    /**
     * A row the metric looked at: what it is ({@code source}: DISCLOSURE, FILING, AGREEMENT, RECEIPT, COST, STARTUP,
     * RESEARCH_EXPENDITURE), its id and human reference, its date and amount when it has them, whether it was counted
     * and why.
     */
    public record Step(String source, long id, String reference, LocalDate date, String currency,
            BigDecimal amount, boolean counted, String why) {}

    /** The total of one currency, or zero. */
    public BigDecimal total(String currency) {
        return part(currency, TOTAL);
    }

    public BigDecimal part(String currency, String part) {
        return amounts.stream().filter(a -> a.currency().equals(currency) && a.part().equals(part))
                .map(Amount::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    public long split(String dimension, String key) {
        return splits.stream().filter(s -> s.dimension().equals(dimension) && s.key().equals(key))
                .mapToLong(Split::count).findFirst().orElse(0);
    }

    public List<Step> counted() {
        return steps.stream().filter(Step::counted).toList();
    }
}
