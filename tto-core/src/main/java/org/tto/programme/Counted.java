package org.tto.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one record gave to one measure of an indicator: its part of the numerator and of the denominator (zero for a
 * record looked at and not counted), where it belongs (country, institution, sex of participants where it applies)
 * and the record itself with the reason.
 *
 * @param institutionId null for a country's record (a national strategy, a project, a reporting period) or for
 *                      participants from outside the invited institutions
 */
public record Counted(String measure, String countryCode, Long institutionId, String sex, BigDecimal numerator,
        BigDecimal denominator, Row row) {

    /**
     * The record: what it is ({@code source}: PLAN, ACTION_ITEM, DISCLOSURE, FILING, AGREEMENT, PATH_OPTION,
     * RESEARCH_EXPENDITURE, RECEIPT, DISTRIBUTION_SHARE, COST, OPERATING_BUDGET, STARTUP, STAFF, PARTNERSHIP,
     * PATENT_INFORMATION_SERVICE, AT_PROJECT, TRAINING_PARTICIPATION, TRAINING_RESPONSE, ENTRY, REPORTING_PERIOD),
     * its id and human reference, its date, its amount in its currency and in US dollars when it has one, whether it
     * was counted, and why.
     */
    public record Row(String source, long id, String reference, LocalDate date, String currency, BigDecimal amount,
            BigDecimal usd, boolean counted, String why) {}

    public boolean counted() {
        return row.counted();
    }
}
