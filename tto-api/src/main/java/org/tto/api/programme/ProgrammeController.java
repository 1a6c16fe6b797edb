package org.tto.api.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.programme.ProgrammeRequests.EntryRequest;
import org.tto.api.programme.ProgrammeRequests.RateRequest;
import org.tto.api.programme.ProgrammeRequests.TargetRequest;
import org.tto.api.programme.ProgrammeResponses.DefinitionResponse;
import org.tto.api.programme.ProgrammeResponses.DrillDownResponse;
import org.tto.api.programme.ProgrammeResponses.EntryResponse;
import org.tto.api.programme.ProgrammeResponses.RateResponse;
import org.tto.api.programme.ProgrammeResponses.RevisionResponse;
import org.tto.api.programme.ProgrammeResponses.TargetResponse;
import org.tto.api.programme.ProgrammeResponses.ViewResponse;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Region;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.IndicatorDefinitions;
import org.tto.programme.PerformanceReport;
import org.tto.programme.PerformanceReport.Report;
import org.tto.programme.ProgrammeData;
import org.tto.programme.ProgrammeView;
import org.tto.programme.ProgrammeView.Query;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;

@RestController
@RequestMapping("/api/programme")
@Validated
@Tag(name = "Programme indicators",
        description = "The programme's indicators computed live from the TTOs' records (or entered, with evidence), "
                + "by expected result, region, LDC status, implementing programme, country and institution, each "
                + "figure with its numerator, denominator, target, baseline and the records behind it. Coordinators "
                + "see their country, reviewers every country, officers and directors their institution.")
class ProgrammeController {

    private final ProgrammeView view;
    private final IndicatorDefinitions definitions;
    private final ProgrammeData data;
    private final PerformanceReport reports;
    private final PerformanceExports exports;
    private final Clock clock;

    ProgrammeController(ProgrammeView view, IndicatorDefinitions definitions, ProgrammeData data,
            PerformanceReport reports, PerformanceExports exports, Clock clock) {
        this.view = view;
        this.definitions = definitions;
        this.data = data;
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/report")
    @Operation(summary = "The programme performance report: per expected result and indicator, the baseline, "
            + "target, performance data and traffic light",
            description = "In the caller's scope, for a year (this year by default) or from and to. The same "
                    + "report as CSV, XLSX and IATI 2.03 activity XML at /report/csv, /report/xlsx, /report/iati.")
    Report report(Actor actor, @RequestParam @Min(1) @Max(99) int programme,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Query q = query(year, from, to, null, null, null, null, programme, null);
        return reports.report(actor, programme, q.from(), q.to());
    }

    @GetMapping("/report/{format}")
    @Operation(summary = "The performance report as a file: csv, xlsx or iati (IATI 2.03 activity XML)")
    ResponseEntity<byte[]> reportFile(Actor actor, @PathVariable @Pattern(regexp = "csv|xlsx|iati") String format,
            @RequestParam @Min(1) @Max(99) int programme,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Query q = query(year, from, to, null, null, null, null, programme, null);
        return exports.download(reports.report(actor, programme, q.from(), q.to()), format);
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicator definitions in force: what each means, reports to and measures")
    List<DefinitionResponse> indicators(Actor actor) {
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see programme indicators");
        }
        return definitions.current().stream().map(DefinitionResponse::of).toList();
    }

    @GetMapping("/view")
    @Operation(summary = "The programme view: every indicator for a period, by expected result, with its slices",
            description = "The period is a calendar year (`year`, this year by default) or `from` and `to`. Narrow "
                    + "by region, LDC status, programme (indicators reporting to it; 9 or 10 also keeps the "
                    + "countries it implements), country, institution or expected result.")
    ViewResponse view(Actor actor,
            @Parameter(description = "calendar year, e.g. 2026") @RequestParam(required = false) @Min(2000) @Max(2100)
            Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) Boolean ldc,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9-]{1,16}") String institution,
            @RequestParam(required = false) @Min(1) @Max(99) Integer programme,
            @RequestParam(required = false) @Pattern(regexp = "[IVX]+\\.[0-9]{1,2}") String expectedResult) {
        return ViewResponse.of(view.view(actor, query(year, from, to, region, ldc, country, institution, programme,
                expectedResult)));
    }

    @GetMapping("/indicators/{code}/measures/{measure}/records")
    @Operation(summary = "The records behind a figure: every record looked at, its part, counted or not, and why",
            description = "The same period and narrowing as the view; `dimension` and `key` pick one slice.")
    DrillDownResponse records(Actor actor, @PathVariable String code, @PathVariable String measure,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) Boolean ldc,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9-]{1,16}") String institution,
            @RequestParam(required = false) @Min(1) @Max(99) Integer programme,
            @RequestParam(required = false) Dimension dimension,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_ -]{1,40}") String key) {
        return DrillDownResponse.of(view.records(actor, code, measure, query(year, from, to, region, ldc, country,
                institution, programme, null), dimension, key));
    }

    @GetMapping("/entries")
    @Operation(summary = "The values entered for a country's year (and its institutions' in the caller's scope)")
    List<EntryResponse> entries(Actor actor, @RequestParam @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam @Min(2000) @Max(2100) int year) {
        return data.entered(actor, country, year).stream().map(EntryResponse::of).toList();
    }

    @PostMapping("/entries")
    @Operation(summary = "Enter the value of an entered indicator, with its evidence",
            description = "A country's indicator is entered by its coordinator, an institution's by its director or "
                    + "the coordinator. Entering again replaces the value: send its version as read. A locked (approved) "
                    + "period refuses it with 409.")
    EntryResponse enter(Actor actor, @Valid @RequestBody EntryRequest request) {
        return EntryResponse.of(data.enter(actor, request.toCommand()));
    }

    @GetMapping("/indicators/{code}/targets")
    @Operation(summary = "The targets and baselines of an indicator in the caller's scope")
    List<TargetResponse> targets(Actor actor, @PathVariable String code) {
        return data.targetsOf(actor, code).stream().map(TargetResponse::of).toList();
    }

    @PutMapping("/targets")
    @Operation(summary = "Set or revise a target or baseline",
            description = "Reviewers set any; a coordinator those of their country and its institutions. A revision "
                    + "keeps the original value and needs the version as read and a reason.")
    TargetResponse setTarget(Actor actor, @Valid @RequestBody TargetRequest request) {
        return TargetResponse.of(data.setTarget(actor, request.toCommand()));
    }

    @GetMapping("/targets/{id}/revisions")
    @Operation(summary = "Every revision of a target or baseline: from what, to what, why, who and when")
    List<RevisionResponse> revisions(Actor actor, @PathVariable long id) {
        return data.revisionsOf(actor, id).stream().map(RevisionResponse::of).toList();
    }

    @GetMapping("/exchange-rates")
    @Operation(summary = "The US dollar rates money is converted at, per currency and year")
    List<RateResponse> rates(Actor actor) {
        return data.rates(actor).stream().map(RateResponse::of).toList();
    }

    @PutMapping("/exchange-rates/{currency}/{year}")
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Enter a year's rate of a currency in US dollars per unit, with its source (admin)")
    RateResponse enterRate(Actor actor, @PathVariable @Pattern(regexp = "[A-Z]{3}") String currency,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody RateRequest request) {
        return RateResponse.of(data.enterRate(actor, currency, year, request.usdPerUnit(), request.source()));
    }

    private Query query(Integer year, LocalDate from, LocalDate to, Region region, Boolean ldc, String country,
            String institution, Integer programme, String expectedResult) {
        if (year != null && (from != null || to != null)) {
            throw new InvalidInputException("year", "Give a year, or from and to, not both.");
        }
        if ((from == null) != (to == null)) {
            throw new InvalidInputException(from == null ? "from" : "to", "Give both ends of the period.");
        }
        if (from == null) {
            int y = year == null ? LocalDate.now(clock).getYear() : year;
            from = LocalDate.of(y, 1, 1);
            to = LocalDate.of(y, 12, 31);
        }
        return new Query(from, to, region, ldc, country, institution, programme, expectedResult);
    }
}
