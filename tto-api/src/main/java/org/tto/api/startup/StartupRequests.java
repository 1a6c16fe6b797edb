package org.tto.api.startup;

import static org.tto.shared.DateRange.RECORDED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.MultiLine;
import org.tto.startup.ConflictVerdict;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands;
import org.tto.startup.StartupStatus;

/** The request bodies of the start-up endpoints, validated before anything is touched. */
final class StartupRequests {

    private StartupRequests() {}

    record FounderRequest(@NotBlank @Size(max = 200) String name, @NotNull Boolean inventor,
            @Size(max = 64) String username) {}

    /** 'Record the founders and the business plan'. */
    record FoundersRequest(@NotBlank @Size(max = 200) String name,
            @MultiLine @Size(max = 2000) String businessPlanSummary,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull FounderRequest> founders) {

        StartupCommands.FormStartup toCommand() {
            return new StartupCommands.FormStartup(name, businessPlanSummary, founders.stream()
                    .map(f -> new StartupCommands.NewFounder(f.name(), f.inventor(), f.username())).toList());
        }
    }

    /** 'Review the business plan': APPROVE, REVISE or DECLINE; a revision or a decline says why. */
    record PlanReviewRequest(@NotNull PlanVerdict verdict, @MultiLine @Size(max = 900) String note) {}

    /** 'Revise the business plan': the revised plan, and what changed. */
    record PlanRevisionRequest(@MultiLine @NotBlank @Size(max = 2000) String businessPlanSummary,
            @MultiLine @Size(max = 1000) String note) {}

    /** 'Review the conflict of interest': CLEARED (on what terms) or REFUSED (why). */
    record ConflictReviewRequest(@NotNull ConflictVerdict verdict,
            @MultiLine @NotBlank @Size(max = 900) String note) {}

    /** 'Record incorporation': the date, the registry id, the institution's equity, the licence or option granted. */
    record IncorporationRequest(@DateIn(RECORDED) @NotNull LocalDate incorporatedOn,
            @NotBlank @Size(max = 100) String registryId,
            @NotNull @Min(0) @Max(1_000_000_000_000_000L) Long equityShares,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal equityPercent,
            Long agreementId) {

        StartupCommands.Incorporate toCommand() {
            return new StartupCommands.Incorporate(incorporatedOn, registryId, equityShares, equityPercent,
                    agreementId);
        }
    }

    record StatusRequest(@NotNull StartupStatus status, @DateIn(RECORDED) @NotNull LocalDate effectiveOn,
            @MultiLine @Size(max = 1000) String note) {}
}
