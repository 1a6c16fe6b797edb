package org.tto.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of licence agreements beyond their terms. */
public final class LicensingCommands {

    private LicensingCommands() {}

    public record ExecuteAgreement(LocalDate executedOn) {}

    public record RecordRoyaltyReport(LocalDate periodStart, LocalDate periodEnd, LocalDate receivedOn,
            List<SalesLine> sales, BigDecimal sublicenceIncome, BigDecimal paid) {}
}
