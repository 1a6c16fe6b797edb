package org.tto.api.docketing;

import static org.tto.shared.DateRange.PUBLICATION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.ProblemAdvice.FieldProblem;
import org.tto.api.shared.ProblemTypes;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.NoveltyRisk;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctTimeLimits;
import org.tto.docketing.UnknownOfficeException;

/** Deadline previews without a case, for officers planning a filing. Any signed-in user. */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "Docketing rules as data, each computed deadline with its trace")
class DeadlineController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final DeadlineCalculator calculator;
    private final PctTimeLimits limits;

    DeadlineController(DeadlineCalculator calculator, PctTimeLimits limits) {
        this.calculator = calculator;
        this.limits = limits;
    }

    @GetMapping("/pct-national-phase")
    @Operation(summary = "Preview the PCT national/regional phase entry deadline at one office",
            description = "Months from the priority date under PCT Chapter I (Art. 22) or II (Art. 39(1)) as the "
                    + "office's row of WIPO's table gives them, month-end clamped, rolled forward over weekends and "
                    + "the office's closure days (PCT Rule 80.5). Where the office grants a longer limit on a fee or "
                    + "request, it is in 'extended'. A state whose national route is closed (FR, NL, OAPI states...) "
                    + "answers with nationalRouteClosed and the regional office's limits; an office whose figure "
                    + "WIPO's guide does not give yet answers the PCT default with confirmed false and the reason.")
    @ApiResponse(responseCode = "200", description = "The deadline and its trace")
    @ApiResponse(responseCode = "400", description = "Office not a PCT state or office, malformed date or chapter, missing parameter",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    PctNationalPhasePreview pctNationalPhase(
            @Parameter(description = "WIPO ST.3 code of the designated/elected office", example = "EP")
            @RequestParam String office,
            @Parameter(description = "The priority date (ISO yyyy-MM-dd)", example = "2024-03-29")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateIn(PUBLICATION) LocalDate priorityDate,
            @Parameter(description = "PCT Chapter I (no demand) or II (demand filed)")
            @RequestParam(defaultValue = "I") PctChapter chapter) {
        return PctNationalPhasePreview.of(calculator.nationalPhaseEntry(office, priorityDate, chapter), chapter,
                priorityDate);
    }

    @GetMapping("/offices")
    @Operation(summary = "The offices of the PCT national-phase table with their Chapter I and II limits")
    List<OfficeLimitsResponse> offices() {
        return limits.offices().stream().map(OfficeLimitsResponse::of).toList();
    }

    @GetMapping("/novelty-risk")
    @Operation(summary = "What a past or planned public disclosure does to novelty, jurisdiction by jurisdiction",
            description = "At risk when the disclosure falls before the first filing, or there is none. Each "
                    + "jurisdiction: DESTROYS_NOVELTY (absolute novelty, or a grace period already over) or "
                    + "GRACE_PERIOD with the date the first filing must be made by.")
    @ApiResponse(responseCode = "400", description = "Malformed date",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    NoveltyRisk noveltyRisk(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateIn(PUBLICATION) LocalDate disclosureDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateIn(PUBLICATION)
            LocalDate firstFilingDate) {
        return calculator.noveltyRisk(disclosureDate, firstFilingDate);
    }

    @ExceptionHandler(UnknownOfficeException.class)
    ProblemDetail unknownOffice(UnknownOfficeException e) {
        return invalid("office", e.getMessage() + "; GET /api/deadlines/offices lists the known offices");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "is required");
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + field + "': " + message);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return problem;
    }
}
