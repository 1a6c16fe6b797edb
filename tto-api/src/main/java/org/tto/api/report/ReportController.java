package org.tto.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.report.ReportResponses.AutmReportView;
import org.tto.api.report.ReportResponses.ResearchExpenditureView;
import org.tto.api.shared.CsvFile;
import org.tto.identity.Actor;
import org.tto.report.AutmMetric;
import org.tto.report.AutmReport;
import org.tto.report.AutmReportService;
import org.tto.report.ReportCommands.EnterResearchExpenditure;

@RestController
@Tag(name = "AUTM report", description = "The AUTM Licensing Activity Survey figures of an institution for one of "
        + "its fiscal years, each with its definition, period and the rows counted; the research expenditure the "
        + "director enters")
@Validated
class ReportController {


    private final AutmReportService reports;

    ReportController(AutmReportService reports) {
        this.reports = reports;
    }

    record ResearchExpenditureRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotBlank @Size(max = 500) String source) {}

    @GetMapping("/api/reports/autm")
    @Operation(summary = "The AUTM licensing-activity report of one fiscal year",
            description = "Fiscal year N is the institution's twelve months whose last day falls in calendar year "
                    + "N (with a 1 July start, FY2026 = 2025-07-01 to 2026-06-30). Officers and directors get "
                    + "their own institution (institution may be left out); coordinators name one of their "
                    + "country; reviewers and admins any. Money is one figure per currency, never converted. "
                    + "Every metric carries its definition (survey year), its period and its steps: the rows "
                    + "looked at, counted or not, and why.")
    AutmReportView autm(Actor actor,
            @Parameter(description = "the fiscal year, named by the calendar year it ends in", example = "2026")
            @RequestParam @Min(1900) @Max(2200) int fiscalYear,
            @Parameter(description = "institution code, e.g. UNA") @RequestParam(required = false)
            String institution) {
        return AutmReportView.of(reports.report(actor, fiscalYear, institution));
    }

    @GetMapping(value = "/api/reports/autm/export", produces = "text/csv")
    @Operation(summary = "The same report as CSV: one line per figure (total, split or per-currency part)")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam @Min(1900) @Max(2200) int fiscalYear,
            @RequestParam(required = false) String institution) {
        AutmReport report = reports.report(actor, fiscalYear, institution);
        List<List<String>> rows = new ArrayList<>();
        for (AutmMetric m : report.metrics()) {
            List<String> head = List.of(report.institutionCode(), String.valueOf(report.fiscalYear().year()),
                    report.fiscalYear().start().toString(), report.fiscalYear().end().toString(), m.code(),
                    String.valueOf(m.definition().surveyYear()));
            if (!m.available()) {
                rows.add(concat(head, "NOT_AVAILABLE", "", "", "", m.note()));
                continue;
            }
            if (m.count() != null) {
                rows.add(concat(head, AutmMetric.TOTAL, "", "", m.count().toString(), ""));
            }
            m.splits().forEach(s -> rows.add(concat(head, s.dimension(), s.key(), "", String.valueOf(s.count()),
                    "")));
            m.amounts().forEach(a -> rows.add(concat(head, a.part(), "", a.currency(), a.amount().stripTrailingZeros().toPlainString(),
                    "")));
        }
        byte[] csv = CsvFile.of(List.of("institution", "fiscal_year", "period_start", "period_end", "metric",
                "survey_year", "figure", "key", "currency", "value", "note"), rows);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"autm-" + report.institutionCode()
                        + "-FY" + report.fiscalYear().year() + ".csv\"")
                .body(csv);
    }

    @PutMapping("/api/reports/research-expenditure/{fiscalYear}")
    @Operation(summary = "Enter (or correct) the institution's research expenditure of a fiscal year (director)",
            description = "AUTM asks for it and no case data can derive it; the source says where it comes from.")
    ResearchExpenditureView enterResearchExpenditure(Actor actor, @PathVariable @Min(1900) @Max(2200) int fiscalYear,
            @Valid @RequestBody ResearchExpenditureRequest body) {
        return ResearchExpenditureView.of(actor.institutionCode(), reports.enterResearchExpenditure(actor,
                fiscalYear, new EnterResearchExpenditure(body.amount(), body.currency(), body.source())));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> row = new ArrayList<>(head);
        row.addAll(List.of(tail));
        return row;
    }
}
