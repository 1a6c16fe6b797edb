package org.tto.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of licence agreements beyond their terms. */
public final class LicensingCommands {

    private LicensingCommands() {}

    public record ExecuteAgreement(LocalDate executedOn) {}

    public record WriteBrief(String title, String problem, String advantage, String economicComparison, int trl,
            String applications) {}

    public record AddProspect(String company, LicenseeSize size, String country, String contactName, String contactEmail,
            boolean linkedToInventor) {}

    public record RecordInteraction(LocalDate occurredOn, ProspectInteraction.Channel channel, String summary,
            String nextStep) {}

    public record RecordRoyaltyReport(LocalDate periodStart, LocalDate periodEnd, LocalDate receivedOn,
            List<SalesLine> sales, BigDecimal sublicenceIncome, BigDecimal paid) {}
}
