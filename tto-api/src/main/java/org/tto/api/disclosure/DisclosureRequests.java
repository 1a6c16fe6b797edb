package org.tto.api.disclosure;

import static org.tto.shared.DateRange.PAST;
import static org.tto.shared.DateRange.PUBLICATION;

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
import java.util.Set;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.MultiLine;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.Deadline;
import org.tto.disclosure.ProtectionOutcome;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.disclosure.TriageOutcome;
import org.tto.docketing.FilingKind;

/** The request bodies of the disclosure and task endpoints, validated before anything is touched. */
final class DisclosureRequests {

    private DisclosureRequests() {}

    record SubmitDisclosureRequest(
            @NotBlank @Size(max = 300) String title,
            @MultiLine @NotBlank @Size(max = 2000) String summary,
            @MultiLine @NotBlank @Size(max = 8000) String confidentialDescription,
            @Size(max = 500) String keywords,
            @NotNull @Min(1) @Max(9) Integer trl,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull InventorRequest> inventors,
            @Size(max = 50) List<@Valid @NotNull FundingRequest> funding,
            @Size(max = 100) List<@Valid @NotNull PublicDisclosureRequest> publicDisclosures) {}

    record InventorRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String affiliation,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal sharePercent,
            @Size(max = 64) String username) {}

    record FundingRequest(
            @NotBlank @Size(max = 200) String sponsor,
            @Size(max = 100) String grantId,
            @MultiLine @Size(max = 2000) String obligations) {}

    record PublicDisclosureRequest(
            @DateIn(PUBLICATION) @NotNull LocalDate date,
            @NotNull PublicDisclosureKind kind,
            @MultiLine @NotBlank @Size(max = 1000) String description) {}

    record TriageRequest(@NotNull TriageOutcome outcome, @MultiLine @Size(max = 4000) String note) {}

    record AnswerRequest(
            @MultiLine @NotBlank @Size(max = 4000) String answers,
            @Size(max = 100) List<@Valid @NotNull PublicDisclosureRequest> publicDisclosures) {}

    record AssessmentRequest(
            @NotNull Assessment.Novelty novelty,
            @MultiLine @Size(max = 4000) String priorArt,
            @NotNull @Min(1) @Max(5) Integer inventiveStep,
            @NotNull @Min(1) @Max(5) Integer industrialApplicability,
            @NotNull @Min(1) @Max(5) Integer marketPotential,
            @NotNull @Min(1) @Max(9) Integer trl,
            @NotNull ProtectionOutcome recommendation,
            @MultiLine @Size(max = 4000) String comments) {}

    record ProtectionDecisionRequest(@NotNull ProtectionOutcome outcome,
            @MultiLine @NotBlank @Size(max = 4000) String reason) {}

    record FilingsRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull FilingRequest> filings) {}

    record FilingRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter WIPO ST.3 office code")
            String office,
            @NotNull FilingKind kind,
            @NotBlank @Size(max = 60) String applicationNumber,
            @DateIn(PAST) @NotNull LocalDate filingDate,
            Set<@NotBlank String> priorityClaims,
            Set<@Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter WIPO ST.3 office code") String>
            targetOffices) {}

    record NoveltyActionRequest(@MultiLine @NotBlank @Size(max = 4000) String action) {}

    record CloseDeadlineRequest(@NotNull Deadline.Status outcome, @MultiLine @Size(max = 1000) String reason) {}

    record RoutesRequest(@NotNull Boolean licensing, @NotNull Boolean startup) {}
}
