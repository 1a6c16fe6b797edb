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

    /**
     * A receipt; {@code royaltyReportId} names the royalty report it pays (under {@code agreementId}), when it pays
     * one.
     */
    /**
     * A receipt. {@code payerReference} is the payer's own reference (a bank transfer's, an invoice number); an exact
     * duplicate of a receipt already recorded is refused unless {@code confirmDuplicate} says it is meant, with a
     * reason.
     */
    public record RecordReceipt(long disclosureId, Long agreementId, AutmCategory category, String currency,
            BigDecimal amount, LocalDate receivedOn, String note, Long royaltyReportId, String payerReference,
            boolean confirmDuplicate, String duplicateReason) {

        public RecordReceipt(long disclosureId, Long agreementId, AutmCategory category, String currency,
                BigDecimal amount, LocalDate receivedOn, String note, Long royaltyReportId) {
            this(disclosureId, agreementId, category, currency, amount, receivedOn, note, royaltyReportId, null,
                    false, null);
        }

        /** A receipt that pays no royalty report. */
        public RecordReceipt(long disclosureId, Long agreementId, AutmCategory category, String currency,
                BigDecimal amount, LocalDate receivedOn, String note) {
            this(disclosureId, agreementId, category, currency, amount, receivedOn, note, null);
        }
    }
}
