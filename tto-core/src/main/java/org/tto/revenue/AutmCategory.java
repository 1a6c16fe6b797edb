package org.tto.revenue;

/**
 * What a receipt is, in the AUTM Licensing Activity Survey's terms. Running royalties are royalties on product sales
 * only: they never include issue fees, option fees, annual minimums not supported by sales, or cashed-in equity.
 */
public enum AutmCategory {
    RUNNING_ROYALTY,
    ISSUE_FEE,
    OPTION_FEE,
    ANNUAL_MINIMUM,
    MILESTONE,
    SUBLICENCE_INCOME,
    PATENT_COST_REIMBURSEMENT,
    EQUITY_CASH_IN,
    OTHER;

    /** Whether the receipt counts as running royalty in AUTM's licence-income split. */
    public boolean isRunningRoyalty() {
        return this == RUNNING_ROYALTY;
    }
}
