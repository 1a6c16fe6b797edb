package org.tto.api.programme;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tto.api.shared.MultiLine;
import org.tto.api.shared.PlainText;
import org.tto.programme.IndicatorTarget.Kind;
import org.tto.programme.IndicatorTarget.ScopeKind;
import org.tto.programme.ProgrammeData.EnterValue;
import org.tto.programme.ProgrammeData.SetTarget;

/** What callers send to the programme endpoints. */
final class ProgrammeRequests {

    private ProgrammeRequests() {}

    /** A value of an entered indicator: per country, or per institution (give its code) where it is entered so. */
    record EntryRequest(
            @NotBlank @Size(max = 40) @PlainText String indicator,
            @NotBlank @Size(max = 40) @PlainText String measure,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @Size(max = 16) @PlainText String institution,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal numerator,
            @Positive @Digits(integer = 15, fraction = 4) BigDecimal denominator,
            @NotBlank @Size(max = 1000) @MultiLine String evidence,
            @PositiveOrZero Long version) {

        EnterValue toCommand() {
            return new EnterValue(indicator, measure, country, institution, year, numerator, denominator, evidence,
                    version);
        }
    }

    /** A target or baseline; revising one needs its version as read and a reason. */
    record TargetRequest(
            @NotNull Kind kind,
            @NotBlank @Size(max = 40) @PlainText String indicator,
            @NotBlank @Size(max = 40) @PlainText String measure,
            @NotNull ScopeKind scopeKind,
            @NotBlank @Size(max = 40) @PlainText String scopeKey,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal value,
            @NotBlank @Size(max = 1000) @MultiLine String source,
            @Size(max = 1000) @MultiLine String reason,
            @PositiveOrZero Long version) {

        SetTarget toCommand() {
            return new SetTarget(kind, indicator, measure, scopeKind, scopeKey, year, value, source, reason, version);
        }
    }

    record RateRequest(
            @NotNull @Positive @Digits(integer = 8, fraction = 10) BigDecimal usdPerUnit,
            @NotBlank @Size(max = 500) @PlainText String source) {}

    record PeriodSubmission(@PositiveOrZero Long version) {}

    record PeriodDecision(@MultiLine @Size(max = 2000) String comment, @NotNull @PositiveOrZero Long version) {}

    record PeriodUnlock(@MultiLine @NotBlank @Size(max = 2000) String reason, @NotNull @PositiveOrZero Long version) {}
}
