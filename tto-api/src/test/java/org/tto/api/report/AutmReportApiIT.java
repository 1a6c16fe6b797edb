package org.tto.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * The AUTM report over HTTP: who sees which institution's report, the problems for bad input, the research
 * expenditure the director enters, the CSV export, and the fiscal-year start an admin sets.
 */
@TtoIntegrationTest
class AutmReportApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** UNA's fiscal year starts on 1 July: today's date falls in the fiscal year named by the next 30 June. */
    private static int currentUnaFiscalYear() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
    }

    @Test
    void officersSeeTheirOwnInstitutionWithEveryFigureExplained() throws Exception {
        int year = currentUnaFiscalYear();
        String id = JSON.readTree(Http.as("inventor-a", port).postJson("/api/disclosures", """
                {"title":"AUTM report fixture","summary":"s","confidentialDescription":"c","trl":2,
                 "inventors":[{"name":"Irene","email":"inventor-a@una.example.org","affiliation":"X",
                               "sharePercent":100,"username":"inventor-a"}]}""").body()).get("id").asText();

        HttpResponse<String> response = Http.as("officer-a", port).get("/api/reports/autm?fiscalYear=" + year);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("institution").asText()).isEqualTo("UNA");
        assertThat(report.get("periodStart").asText()).isEqualTo((year - 1) + "-07-01");
        assertThat(report.get("periodEnd").asText()).isEqualTo(year + "-06-30");
        assertThat(report.get("metrics")).hasSize(14);
        for (JsonNode metric : report.get("metrics")) {
            assertThat(metric.get("definition").get("surveyYear").asInt()).as(metric.get("code").asText())
                    .isEqualTo(2025);
            assertThat(metric.get("definition").get("text").asText()).isNotBlank();
            assertThat(metric.get("periodStart").asText()).isEqualTo((year - 1) + "-07-01");
        }
        JsonNode disclosures = metric(report, "INVENTION_DISCLOSURES");
        assertThat(StreamSupport.stream(disclosures.get("steps").spliterator(), false)
                .map(s -> s.get("id").asText())).contains(id);
        assertThat(disclosures.get("count").asLong()).isEqualTo(disclosures.get("steps").size());
        assertThat(metric(report, "ISSUED_PATENTS").get("available").asBoolean()).isFalse();

        assertThat(Http.as("reviewer", port).get("/api/reports/autm?fiscalYear=" + year + "&institution=UNA")
                .statusCode()).isEqualTo(200);
        assertThat(Http.as("coordinator-ke", port).get("/api/reports/autm?fiscalYear=" + year
                + "&institution=UNA").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherInstitutionOrCountryGetsNotFoundAndInventorsAreForbidden() throws Exception {
        HttpResponse<String> otherOfficer = Http.as("officer-b", port)
                .get("/api/reports/autm?fiscalYear=2026&institution=UNA");
        assertThat(otherOfficer.statusCode()).isEqualTo(404);
        assertThat(otherOfficer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(otherOfficer.body()).get("type").asText())
                .isEqualTo("https://tto.example.org/problems/not-found");
        assertThat(Http.as("coordinator-vn", port).get("/api/reports/autm?fiscalYear=2026&institution=UNA")
                .statusCode()).isEqualTo(404);
        assertThat(Http.as("reviewer", port).get("/api/reports/autm?fiscalYear=2026&institution=NOPE")
                .statusCode()).isEqualTo(404);
        assertThat(Http.as("inventor-a", port).get("/api/reports/autm?fiscalYear=2026").statusCode())
                .isEqualTo(403);
        // officer-b's own institution needs no name
        assertThat(JSON.readTree(Http.as("officer-b", port).get("/api/reports/autm?fiscalYear=2026").body())
                .get("institution").asText()).isEqualTo("UNB");
    }

    @Test
    void badInputIsAValidationProblem() throws Exception {
        HttpResponse<String> tooEarly = Http.as("officer-a", port).get("/api/reports/autm?fiscalYear=1900");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooEarly.body()).get("errors").get(0).get("field").asText()).isEqualTo("fiscalYear");
        assertThat(Http.as("officer-a", port).get("/api/reports/autm?fiscalYear=" + (LocalDate.now().getYear() + 2))
                .statusCode()).isEqualTo(400);
        assertThat(Http.as("officer-a", port).get("/api/reports/autm?fiscalYear=soon").statusCode()).isEqualTo(400);
        assertThat(Http.as("officer-a", port).get("/api/reports/autm").statusCode()).isEqualTo(400);
        HttpResponse<String> unnamed = Http.as("reviewer", port).get("/api/reports/autm?fiscalYear=2026");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unnamed.body()).get("errors").get(0).get("field").asText()).isEqualTo("institution");
        // a draft agreement must say how large its licensee is
        HttpResponse<String> sizeless = Http.as("officer-a", port).postJson("/api/tasks/no-such-task/agreement-draft", """
                {"licensee":"Maji Safi Ltd","licenseeLinkedToInventor":false,"type":"EXCLUSIVE",
                 "fieldOfUse":"water","territory":"East Africa","startDate":"2026-01-01","endDate":"2029-01-01",
                 "currency":"USD","issueFee":0,"royaltyTiers":[{"fromNetSales":0,"ratePercent":5}],
                 "annualMinimum":0,"sublicenceSharePercent":0,"patentCostReimbursement":false,
                 "reportingPeriod":"ANNUAL"}""");
        assertThat(sizeless.statusCode()).isEqualTo(400);
        assertThat(sizeless.body()).contains("licenseeSize");
    }

    @Test
    void theDirectorEntersResearchExpenditureAndTheReportShowsIt() throws Exception {
        Http director = Http.as("director-a", port);
        String body = """
                {"amount":4200000.25,"currency":"KES","source":"Audited accounts FY2024/25, note 12"}""";

        assertThat(Http.as("officer-a", port).putJson("/api/reports/research-expenditure/2025", body).statusCode())
                .isEqualTo(403);
        assertThat(director.putJson("/api/reports/research-expenditure/2025", """
                {"amount":-1,"currency":"KES","source":"x"}""").statusCode()).isEqualTo(400);
        assertThat(director.putJson("/api/reports/research-expenditure/1900", body).statusCode()).isEqualTo(400);
        HttpResponse<String> entered = director.putJson("/api/reports/research-expenditure/2025", body);
        assertThat(entered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(entered.body()).get("enteredBy").asText()).isEqualTo("director-a");

        JsonNode research = metric(JSON.readTree(Http.as("reviewer", port)
                .get("/api/reports/autm?fiscalYear=2025&institution=UNA").body()), "RESEARCH_EXPENDITURE");
        assertThat(research.get("available").asBoolean()).isTrue();
        assertThat(research.get("amounts").get(0).get("currency").asText()).isEqualTo("KES");
        assertThat(research.get("amounts").get(0).get("amount").decimalValue()).isEqualByComparingTo("4200000.25");
        assertThat(research.get("steps").get(0).get("why").asText()).contains("director-a")
                .contains("Audited accounts FY2024/25, note 12");

        HttpResponse<String> csv = Http.as("officer-a", port).get("/api/reports/autm/export?fiscalYear=2025");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(lines.get(0).getParser().getHeaderNames()).containsExactly("institution", "fiscal_year",
                "period_start", "period_end", "metric", "survey_year", "figure", "key", "currency", "value", "note");
        assertThat(lines).anySatisfy(line -> assertThat(line.toList()).containsExactly("UNA", "2025", "2024-07-01",
                "2025-06-30", "RESEARCH_EXPENDITURE", "2025", "TOTAL", "", "KES", "4200000.25", ""));
        assertThat(lines).anySatisfy(line -> assertThat(line.toList().subList(0, 7)).containsExactly("UNA", "2025",
                "2024-07-01", "2025-06-30", "ISSUED_PATENTS", "2025", "NOT_AVAILABLE"));
    }

    @Test
    void anAdminSetsTheDayTheFiscalYearStartsOn() throws Exception {
        Http admin = Http.as("admin", port);
        assertThat(admin.postJson("/api/admin/institutions", """
                {"code":"UFYS","name":"Fiscal Start University","country":"KE","fiscalYearStartMonth":4,
                 "fiscalYearStartDay":6}""").statusCode()).isIn(201, 409);
        assertThat(admin.putJson("/api/admin/institutions/UFYS/fiscal-year-start", """
                {"month":2,"day":29}""").statusCode()).isEqualTo(400);
        assertThat(Http.as("director-a", port).putJson("/api/admin/institutions/UFYS/fiscal-year-start", """
                {"month":10,"day":1}""").statusCode()).isEqualTo(403);
        assertThat(admin.putJson("/api/admin/institutions/NOPE/fiscal-year-start", """
                {"month":10,"day":1}""").statusCode()).isEqualTo(404);

        assertThat(JSON.readTree(Http.as("reviewer", port).get("/api/reports/autm?fiscalYear=2026&institution=UFYS")
                .body()).get("periodStart").asText()).isIn("2025-04-06", "2025-10-01");
        HttpResponse<String> moved = admin.putJson("/api/admin/institutions/UFYS/fiscal-year-start", """
                {"month":10,"day":1}""");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(moved.body()).get("fiscalYearStartDay").asInt()).isEqualTo(1);

        JsonNode report = JSON.readTree(Http.as("reviewer", port)
                .get("/api/reports/autm?fiscalYear=2026&institution=UFYS").body());
        assertThat(report.get("periodStart").asText()).isEqualTo("2025-10-01");
        assertThat(report.get("periodEnd").asText()).isEqualTo("2026-09-30");
    }

    private static JsonNode metric(JsonNode report, String code) {
        return StreamSupport.stream(report.get("metrics").spliterator(), false)
                .filter(m -> m.get("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + code));
    }
}
