package org.tto.api.programme;

import static org.tto.shared.DateRange.RECORDED;
import static org.tto.shared.DateRange.SCHEDULED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.MultiLine;
import org.tto.api.shared.PlainText;
import org.tto.office.OfficeCommands.BudgetEntry;
import org.tto.office.OfficeCommands.PartnershipDetails;
import org.tto.office.OfficeCommands.ProjectDetails;
import org.tto.office.OfficeCommands.ServiceDetails;
import org.tto.office.OfficeCommands.StaffDetails;
import org.tto.office.PartnershipKind;
import org.tto.office.PatentServiceKind;
import org.tto.training.ResponseKind;
import org.tto.training.Sex;
import org.tto.training.TrainingCommands.Attendance;
import org.tto.training.TrainingCommands.EventDetails;
import org.tto.training.TrainingCommands.NewResponse;
import org.tto.training.TrainingKind;

/** What callers send to the training-event and TTO-records endpoints. Institutions are named by code. */
final class ProgrammeRecordRequests {

    private ProgrammeRecordRequests() {}

    /** A training event to record in a country; the invited institutions may come from other countries. */
    record NewTrainingEvent(
            @NotNull TrainingKind kind,
            @NotBlank @Size(max = 300) @PlainText String title,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @Schema(description = "The WIPO programme it is run under: 1, 9, 10, 11, 16 or 30") @NotNull
            Integer programme,
            @NotNull @DateIn(SCHEDULED) LocalDate startsOn,
            @NotNull @DateIn(SCHEDULED) LocalDate endsOn,
            @NotBlank @Size(max = 1000) @PlainText String trainers,
            @Size(max = 100) List<@NotBlank @Size(max = 16) @PlainText String> institutions) {

        EventDetails toDetails() {
            return new EventDetails(kind, title, programme, startsOn, endsOn, trainers, institutions);
        }
    }

    /** version: the event's version as read (an older one is refused with 409). */
    record TrainingEventChange(
            @NotNull TrainingKind kind,
            @NotBlank @Size(max = 300) @PlainText String title,
            @NotNull Integer programme,
            @NotNull @DateIn(SCHEDULED) LocalDate startsOn,
            @NotNull @DateIn(SCHEDULED) LocalDate endsOn,
            @NotBlank @Size(max = 1000) @PlainText String trainers,
            @Size(max = 100) List<@NotBlank @Size(max = 16) @PlainText String> institutions,
            @NotNull @PositiveOrZero Long version) {

        EventDetails toDetails() {
            return new EventDetails(kind, title, programme, startsOn, endsOn, trainers, institutions);
        }
    }

    /** How many of one sex came from one invited institution (its code), or from elsewhere (no institution). */
    record ParticipationLine(
            @Size(max = 16) @PlainText String institution,
            @NotNull Sex sex,
            @NotNull @Min(1) @Max(100_000) Integer participants) {

        Attendance toAttendance() {
            return new Attendance(institution, sex, participants);
        }
    }

    /** The whole participation of the event, replacing what was recorded; version: the event's as read. */
    record ParticipationRequest(
            @NotNull @Size(max = 200) List<@Valid @NotNull ParticipationLine> participation,
            @NotNull @PositiveOrZero Long version) {}

    /**
     * One participant's survey. END_OF_EVENT: overall 1 to 5, no applyingSkills. FOLLOW_UP (the six-month
     * follow-up): applyingSkills, received at least 5 months after the event ended, no overall.
     */
    record TrainingSurveyRequest(
            @NotNull ResponseKind kind,
            @Size(max = 16) @PlainText String institution,
            @NotNull Sex sex,
            @Min(1) @Max(5) Integer overall,
            Boolean applyingSkills,
            @NotNull @DateIn(RECORDED) LocalDate receivedOn,
            @Size(max = 50) Map<@NotBlank @Size(max = 100) @PlainText String, @NotNull @Min(1) @Max(5) Integer> items) {

        NewResponse toCommand() {
            return new NewResponse(kind, institution, sex, overall, applyingSkills, receivedOn, items);
        }
    }

    /** A member of the TTO's staff; a certification date needs the certification. */
    record StaffMemberRequest(
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @Size(max = 200) @PlainText String position,
            @Schema(description = "Full-time equivalent, more than 0 and at most 1 (0.5 for half time)")
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 2)
            BigDecimal fte,
            @NotNull @DateIn(RECORDED) LocalDate joinedOn,
            @DateIn(SCHEDULED) LocalDate leftOn,
            @Size(max = 200) @PlainText String certification,
            @DateIn(RECORDED) LocalDate certifiedOn,
            @Schema(description = "The entry's version as read; required when changing one, ignored when adding one")
            @PositiveOrZero Long version) {

        StaffDetails toDetails() {
            return new StaffDetails(name, position, fte, joinedOn, leftOn, certification, certifiedOn);
        }
    }

    record PartnershipRequest(
            @NotBlank @Size(max = 300) @PlainText String partner,
            @NotNull PartnershipKind kind,
            @NotNull @DateIn(RECORDED) LocalDate startedOn,
            @DateIn(SCHEDULED) LocalDate endedOn,
            @MultiLine @Size(max = 2000) String description,
            @Schema(description = "The partnership's version as read; required when changing one, ignored when "
                    + "adding one") @PositiveOrZero Long version) {

        PartnershipDetails toDetails() {
            return new PartnershipDetails(partner, kind, startedOn, endedOn, description);
        }
    }

    record PatentServiceRequest(
            @NotNull PatentServiceKind kind,
            @NotBlank @Size(max = 300) @PlainText String requester,
            @NotNull @DateIn(RECORDED) LocalDate deliveredOn,
            @MultiLine @Size(max = 2000) String description) {

        ServiceDetails toDetails() {
            return new ServiceDetails(kind, requester, deliveredOn, description);
        }
    }

    /** The budget of a fiscal year; version: the budget's as read when correcting one (none for the first entry). */
    record OperatingBudgetRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
            @NotBlank @Size(max = 500) @PlainText String source,
            @PositiveOrZero Long version) {

        BudgetEntry toEntry() {
            return new BudgetEntry(amount, currency, source);
        }
    }

    /** An appropriate-technology project; institution: the code of one of the country's institutions, or none. */
    record ProjectRequest(
            @NotBlank @Size(max = 300) @PlainText String title,
            @MultiLine @NotBlank @Size(max = 2000) String need,
            @Size(max = 16) @PlainText String institution,
            @DateIn(RECORDED) LocalDate landscapeReportOn,
            @DateIn(RECORDED) LocalDate businessPlanOn,
            @DateIn(RECORDED) LocalDate implementedOn,
            @Schema(description = "The project's version as read; required when changing one, ignored when adding "
                    + "one") @PositiveOrZero Long version) {

        ProjectDetails toDetails() {
            return new ProjectDetails(title, need, institution, landscapeReportOn, businessPlanOn, implementedOn);
        }
    }
}
