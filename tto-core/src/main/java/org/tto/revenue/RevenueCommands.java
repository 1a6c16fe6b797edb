package org.tto.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands of income and its distribution. */
public final class RevenueCommands {

    private RevenueCommands() {}

    /** A new version of the caller's institution's policy (admins name the institution). */
    public record DefinePolicy(Long institutionId, LocalDate effectiveFrom, String currency,
            boolean costRecoveryFirst, BigDecimal adminFeePercent, String departmentName, String source,
            List<PolicyBand> bands) {}

    public record RecordCost(CaseCost.Kind kind, String description, LocalDate incurredOn, String currency,
            BigDecimal amount) {}

    public record RecordReceipt(long disclosureId, Long agreementId, AutmCategory category, String currency,
            BigDecimal amount, LocalDate receivedOn, String note) {}
}
