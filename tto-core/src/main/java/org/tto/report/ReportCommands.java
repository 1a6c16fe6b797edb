package org.tto.report;

import java.math.BigDecimal;

/** The commands of the AUTM report. */
public final class ReportCommands {

    private ReportCommands() {}

    /** The institution's research expenditure of one fiscal year, with where the figure comes from. */
    public record EnterResearchExpenditure(BigDecimal amount, String currency, String source) {}
}
