package org.tto.api.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.programme.ProgrammeRequests.PeriodDecision;
import org.tto.api.programme.ProgrammeRequests.PeriodSubmission;
import org.tto.api.programme.ProgrammeRequests.PeriodUnlock;
import org.tto.api.programme.ProgrammeResponses.PeriodResponse;
import org.tto.identity.Actor;
import org.tto.programme.ReportingPeriods;

@RestController
@Validated
@Tag(name = "Reporting periods",
        description = "A country's reporting year: the coordinator submits it, a reviewer approves it (it is then "
                + "locked: a write to it is a 409) or returns it with a comment, and unlocks an approved one with a "
                + "reason. Every step is kept.")
class ReportingPeriodController {

    private static final String PERIOD = "/api/countries/{country}/reporting-periods/{year}";

    private final ReportingPeriods periods;

    ReportingPeriodController(ReportingPeriods periods) {
        this.periods = periods;
    }

    @GetMapping("/api/reporting-periods/awaiting-approval")
    @Operation(summary = "The reviewers' queue: submitted periods, the oldest submission first")
    List<PeriodResponse> awaitingApproval(Actor actor) {
        return periods.awaitingApproval(actor).stream().map(PeriodResponse::of).toList();
    }

    @GetMapping(PERIOD)
    @Operation(summary = "A country's reporting year and its history")
    PeriodResponse get(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{2}") String country,
            @PathVariable @Min(2000) @Max(2100) int year) {
        return PeriodResponse.of(periods.get(actor, country, year));
    }

    @PostMapping(PERIOD + "/submission")
    @Operation(summary = "Submit the year's entered values (coordinator)")
    PeriodResponse submit(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{2}") String country,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody(required = false) PeriodSubmission body) {
        return PeriodResponse.of(periods.submit(actor, country, year, body == null ? null : body.version()));
    }

    @PostMapping(PERIOD + "/approval")
    @Operation(summary = "Approve a submitted year (reviewer): it is locked")
    PeriodResponse approve(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{2}") String country,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PeriodDecision body) {
        return PeriodResponse.of(periods.approve(actor, country, year, body.comment(), body.version()));
    }

    @PostMapping(PERIOD + "/return")
    @Operation(summary = "Return a submitted year to the coordinator with what to correct (reviewer)")
    PeriodResponse giveBack(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{2}") String country,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PeriodDecision body) {
        return PeriodResponse.of(periods.giveBack(actor, country, year, body.comment(), body.version()));
    }

    @PostMapping(PERIOD + "/unlock")
    @Operation(summary = "Unlock an approved year, with a reason (reviewer); the step is kept and audited")
    PeriodResponse unlock(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{2}") String country,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody PeriodUnlock body) {
        return PeriodResponse.of(periods.unlock(actor, country, year, body.reason(), body.version()));
    }
}
