package org.tto.api.licensing;

import static org.tto.shared.DateRange.RECORDED;
import static org.tto.shared.DateRange.SCHEDULED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.MultiLine;
import org.tto.licensing.AgreementType;
import org.tto.licensing.Confidentiality;
import org.tto.licensing.LicenseeSize;
import org.tto.licensing.Prospect;
import org.tto.licensing.ProspectInteraction;
import org.tto.licensing.ReportingPeriod;

/** The request bodies of the licensing endpoints, validated before anything is touched. */
final class LicensingRequests {

    private LicensingRequests() {}

    record AgreementRequest(
            @NotBlank @Size(max = 200) String licensee,
            @Email @Size(max = 254) String licenseeContact,
            @NotNull Boolean licenseeLinkedToInventor,
            @NotNull AgreementType type,
            @NotBlank @Size(max = 200) String fieldOfUse,
            @NotBlank @Size(max = 200) String territory,
            @DateIn(SCHEDULED) @NotNull LocalDate startDate,
            @DateIn(SCHEDULED) @NotNull LocalDate endDate,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal issueFee,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull TierRequest> royaltyTiers,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal annualMinimum,
            @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal sublicenceSharePercent,
            @NotNull Boolean patentCostReimbursement,
            @NotNull ReportingPeriod reportingPeriod,
            @NotNull LicenseeSize licenseeSize) {}

    record TierRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal fromNetSales,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal ratePercent) {}

    record MilestoneRequest(
            @MultiLine @NotBlank @Size(max = 500) String description,
            @DateIn(SCHEDULED) @NotNull LocalDate dueDate,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal payment) {}

    record DecisionRequest(@NotNull Boolean granted, @MultiLine @NotBlank @Size(max = 2000) String note) {}

    record BriefRequest(
            @NotBlank @Size(max = 300) String title,
            @MultiLine @NotBlank @Size(max = 2000) String problem,
            @MultiLine @NotBlank @Size(max = 2000) String advantage,
            @MultiLine @NotBlank @Size(max = 2000) String economicComparison,
            @NotNull @Min(1) @Max(9) Integer trl,
            @MultiLine @Size(max = 2000) String applications) {}

    record BriefRevision(@NotNull @Valid BriefRequest brief, @NotNull Long version) {}

    record ProspectRequest(
            @NotBlank @Size(max = 200) String company,
            @NotNull LicenseeSize size,
            @Pattern(regexp = "[A-Z]{2}") String country,
            @Size(max = 200) String contactName,
            @Email @Size(max = 254) String contactEmail,
            @NotNull Boolean linkedToInventor) {}

    record InteractionRequest(
            @DateIn(RECORDED) @NotNull LocalDate occurredOn,
            @NotNull ProspectInteraction.Channel channel,
            @MultiLine @NotBlank @Size(max = 2000) String summary,
            @MultiLine @Size(max = 500) String nextStep) {}

    record ProspectStatusRequest(@NotNull Prospect.Status status) {}

    record ProspectChoice(@NotNull Long prospectId) {}

    record ConfidentialityRequest(
            @NotNull Confidentiality.Kind kind,
            @DateIn(RECORDED) @NotNull LocalDate signedOn,
            @DateIn(SCHEDULED) LocalDate expiresOn,
            @NotBlank @Size(max = 200) String reference,
            @NotNull Boolean optionFirst) {}

    record OptionRequest(
            @NotNull Boolean exclusive,
            @NotBlank @Size(max = 200) String fieldOfUse,
            @NotBlank @Size(max = 200) String territory,
            @DateIn(RECORDED) @NotNull LocalDate grantedOn,
            @DateIn(SCHEDULED) @NotNull LocalDate expiresOn,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal fee) {}

    record TermSheetRequest(
            @DateIn(RECORDED) @NotNull LocalDate agreedOn,
            @NotNull AgreementType type,
            @NotBlank @Size(max = 200) String fieldOfUse,
            @NotBlank @Size(max = 200) String territory,
            @MultiLine @NotBlank @Size(max = 4000) String summary) {}

    record AbandonRequest(@MultiLine @NotBlank @Size(max = 1000) String reason) {}

    record ExecutionRequest(@DateIn(RECORDED) @NotNull LocalDate executedOn) {}

    record FulfilmentRequest(@DateIn(RECORDED) @NotNull LocalDate fulfilledOn) {}

    record RoyaltyReportRequest(
            @DateIn(RECORDED) @NotNull LocalDate periodStart,
            @DateIn(RECORDED) @NotNull LocalDate periodEnd,
            @DateIn(RECORDED) @NotNull LocalDate receivedOn,
            @NotNull @Size(max = 200) List<@Valid @NotNull SalesRequest> sales,
            @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal sublicenceIncome,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal paid) {}

    record SalesRequest(
            @NotBlank @Size(max = 200) String fieldOfUse,
            @NotBlank @Size(max = 200) String territory,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal netSales) {}
}
