package org.tto.api.revenue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.CaseCost;

/** The request bodies of the income and distribution endpoints. */
final class RevenueRequests {

    private RevenueRequests() {}

    record PolicyRequest(
            Long institutionId,
            @NotNull LocalDate effectiveFrom,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull Boolean costRecoveryFirst,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal adminFeePercent,
            @NotBlank @Size(max = 200) String departmentName,
            @Size(max = 500) String source,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull BandRequest> bands) {}

    /** upToMinor: the band's upper limit of cumulative distributable income, in minor units; null on the last. */
    record BandRequest(
            @Min(1) Long upToMinor,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal inventorsPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal departmentPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal institutionPercent) {}

    record CostRequest(
            @NotNull CaseCost.Kind kind,
            @NotBlank @Size(max = 500) String description,
            @NotNull LocalDate incurredOn,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
            BigDecimal amount) {}

    record ReceiptRequest(
            @NotNull Long disclosureId,
            Long agreementId,
            @NotNull AutmCategory category,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
            BigDecimal amount,
            @NotNull LocalDate receivedOn,
            @Size(max = 500) String note,
            Long royaltyReportId,
            @Schema(description = "The payer's own reference for the payment (bank transfer, invoice number)")
            @Size(max = 100) String payerReference,
            @Schema(description = "True to record a receipt that repeats an earlier one on purpose")
            boolean confirmDuplicate,
            @Schema(description = "Why the receipt repeats an earlier one (with confirmDuplicate)")
            @Size(max = 500) String duplicateReason) {}
}
