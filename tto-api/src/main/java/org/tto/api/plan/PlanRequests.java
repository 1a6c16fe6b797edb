package org.tto.api.plan;

import static org.tto.shared.DateRange.RECORDED;
import static org.tto.shared.DateRange.SCHEDULED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.MultiLine;
import org.tto.checkpoint.Condition;
import org.tto.checkpoint.Verdict;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.FundingSource;
import org.tto.plan.Milestone;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.plan.SustainabilityIndicator;

/** What callers send to the plan and checkpoint endpoints. */
final class PlanRequests {

    private PlanRequests() {}

    record OpenPlan(
            @NotBlank @Size(max = 16) String institution,
            @Size(max = 10) List<@NotNull @Min(1) @Max(120) Integer> checkpointMonths) {}

    /** version: the plan's version as read (every edit of a plan carries it; an older one is refused with 409). */
    record RecordFinding(@MultiLine @NotBlank @Size(max = 4000) String finding,
            @NotNull @PositiveOrZero Long version) {}

    record ActionItemRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull CapabilityDimension dimension,
            @Size(max = 100) String owner,
            @DateIn(SCHEDULED) LocalDate dueDate,
            @NotNull Boolean mandatory,
            @Schema(description = "The plan's version as read; required when changing an item, ignored when adding "
                    + "one") @PositiveOrZero Long version) {

        NewActionItem toCommand() {
            return new NewActionItem(title, dimension, owner, dueDate, mandatory);
        }
    }

    record CompleteActionItem(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> evidence,
            @DateIn(RECORDED) LocalDate completedOn) {}

    record BudgetLineRequest(
            @NotBlank @Size(max = 200) String description,
            @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
            @NotNull FundingSource source) {}

    /** A target: its range depends on the indicator (SustainabilityIndicator#maximum), checked by the plan. */
    record TargetRequest(@NotNull @PositiveOrZero @Digits(integer = 6, fraction = 4) BigDecimal target,
            @NotNull @PositiveOrZero Long version) {}

    record MeetCondition(@DateIn(RECORDED) LocalDate metOn) {}

    /** An action item marked as a programme milestone, or no longer one (null), with the plan's version as read. */
    record MarkMilestone(Milestone milestone, @NotNull @PositiveOrZero Long version) {}

    record EventRequest(@MultiLine @Size(max = 2000) String reason) {}

    record SubmitCheckpoint(
            @NotEmpty Map<@NotNull SustainabilityIndicator,
                    @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 4) BigDecimal> values) {}

    record ConditionRequest(@MultiLine @NotBlank @Size(max = 1000) String description,
            @DateIn(SCHEDULED) @NotNull LocalDate dueDate) {

        Condition toCondition() {
            return new Condition(description, dueDate);
        }
    }

    record RemediationItem(
            @NotBlank @Size(max = 200) String title,
            @NotNull CapabilityDimension dimension,
            @NotBlank @Size(max = 100) String owner,
            @DateIn(SCHEDULED) @NotNull LocalDate dueDate) {

        NewActionItem toCommand() {
            return new NewActionItem(title, dimension, owner, dueDate, true);
        }
    }

    record VerdictRequest(
            @NotNull Verdict verdict,
            @MultiLine @Size(max = 4000) String comments,
            @MultiLine @Size(max = 4000) String reasons,
            @Size(max = 20) List<@Valid @NotNull ConditionRequest> conditions,
            @Size(max = 20) List<@Valid @NotNull RemediationItem> remediation) {}
}
