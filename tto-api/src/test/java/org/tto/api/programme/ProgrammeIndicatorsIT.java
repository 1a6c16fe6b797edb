package org.tto.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;

/**
 * The programme view on MariaDB, checked against figures computed by hand: two countries of their own (Bhutan, an
 * LDC of Asia and the Pacific under programme 9; Moldova, under programme 10) and three TTOs, with disclosures,
 * a filing, research expenditure, receipts in two currencies, a staff register, a training event with its
 * participants and surveys, an entered national strategy and plans. Then the period approval: a locked year refuses
 * a change with 409 until a reviewer unlocks it with a reason, which is kept and audited.
 */
@TtoIntegrationTest
class ProgrammeIndicatorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = LocalDate.now().getYear();
    private static final String TODAY = LocalDate.now().toString();
    private static boolean built;

    @LocalServerPort
    int port;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void records() throws Exception {
        if (built) {
            return;
        }
        built = true;
        if (!countries.existsById("BT")) {
            countries.save(new Country("BT", "Bhutan", Region.ASIA_AND_THE_PACIFIC, true, 9));
            countries.save(new Country("MD", "Moldova", Region.CERTAIN_COUNTRIES_IN_EUROPE_AND_ASIA, false, 10));
        }
        Institution bt1 = institution("BT1", "Bhutan Institute One", "BT");
        Institution bt2 = institution("BT2", "Bhutan Institute Two", "BT");
        Institution md1 = institution("MD1", "Moldova Institute One", "MD");
        String hash = passwords.encode("demo");
        user(AppUser.ofCountry("coordinator-bt", hash, "Karma", "Wangchuk", "coordinator-bt@tto.example.org", "BT"));
        user(AppUser.ofCountry("coordinator-md", hash, "Ion", "Rusu", "coordinator-md@tto.example.org", "MD"));
        user(AppUser.ofInstitution("officer-bt1", hash, "Sonam", "Dema", "officer-bt1@bt1.example.org",
                Role.OFFICER, bt1));
        user(AppUser.ofInstitution("director-bt1", hash, "Tshering", "Dorji", "director-bt1@bt1.example.org",
                Role.DIRECTOR, bt1));
        user(AppUser.ofInstitution("officer-bt2", hash, "Pema", "Lhamo", "officer-bt2@bt2.example.org",
                Role.OFFICER, bt2));
        user(AppUser.ofInstitution("director-bt2", hash, "Ugyen", "Tenzin", "director-bt2@bt2.example.org",
                Role.DIRECTOR, bt2));
        user(AppUser.ofInstitution("officer-md1", hash, "Elena", "Ceban", "officer-md1@md1.example.org",
                Role.OFFICER, md1));

        Http admin = Http.as("admin", port);
        ok(admin.putJson("/api/programme/exchange-rates/BTN/" + YEAR,
                "{\"usdPerUnit\":0.012,\"source\":\"Test rate\"}"), 200);

        // disclosures: two at BT1, one at BT2, one at MD1
        long first = disclosure("officer-bt1", "Solar dryer for chillies");
        disclosure("officer-bt1", "Yak wool felting machine");
        disclosure("officer-bt2", "Buckwheat noodle extruder");
        long moldova = disclosure("officer-md1", "Grape pomace flour");
        // BT1's first case filed today (the filing workflow itself is DisclosureFlowIT's)
        jdbc.update("""
                insert into filing (disclosure_id, office, kind, application_number, filing_date, priority_date,
                                    status, recorded_by, recorded_at)
                values (?, 'BT', 'NATIONAL', 'BT/P/2026/0001', ?, ?, 'FILED', 'officer-bt1', CURRENT_TIMESTAMP(6))
                """, first, LocalDate.now(), LocalDate.now());
        // receipts: BTN 1,000,000 at BT1 (USD 12,000 at 0.012); USD 500 at MD1
        receipt(first, bt1.id(), "BTN", "1000000");
        receipt(moldova, md1.id(), "USD", "500");
        // research expenditure of BT1's fiscal year (calendar year): BTN 100,000,000 = USD 1,200,000
        ok(Http.as("director-bt1", port).putJson("/api/reports/research-expenditure/" + YEAR,
                "{\"amount\":100000000,\"currency\":\"BTN\",\"source\":\"Finance office\"}"), 200);

        // plans
        Http coordinator = Http.as("coordinator-bt", port);
        ok(coordinator.postJson("/api/plans", "{\"institution\":\"BT1\"}"), 201);
        ok(coordinator.postJson("/api/plans", "{\"institution\":\"BT2\"}"), 201);
        ok(Http.as("coordinator-md", port).postJson("/api/plans", "{\"institution\":\"MD1\"}"), 201);

        // the national strategy, entered with its evidence
        ok(coordinator.postJson("/api/programme/entries", "{\"indicator\":\"NATIONAL_IP_STRATEGIES\","
                + "\"measure\":\"ADOPTED\",\"country\":\"BT\",\"year\":" + YEAR + ",\"numerator\":1,"
                + "\"evidence\":\"National IP Policy, cabinet decision\"}"), 200);

        OfficeAndTraining.build(port, YEAR);
    }

    @Test
    void theCountryFiguresAreTheOnesComputedByHand() throws Exception {
        JsonNode view = ok(Http.as("reviewer", port).get("/api/programme/view?year=" + YEAR + "&country=BT"), 200);
        assertThat(texts(view.get("countries"))).containsExactly("BT");
        assertThat(view.get("institutions").asInt()).isEqualTo(2);
        assertThat(view.get("expectedResults").findValuesAsText("code")).contains("III.1", "III.2", "III.6");
        assertThat(indicatorCodes(view)).hasSize(16);

        assertThat(total(view, "DISCLOSURES", "RECEIVED").get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(slice(view, "DISCLOSURES", "RECEIVED", "INSTITUTION", "BT1").get("value").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(slice(view, "DISCLOSURES", "RECEIVED", "INSTITUTION", "BT2").get("value").decimalValue())
                .isEqualByComparingTo("1");
        // 2 disclosures of BT1 (BT2 has no research expenditure) per USD 1,200,000 x 10,000,000
        JsonNode perResearch = total(view, "DISCLOSURES", "PER_10M_RESEARCH");
        assertThat(perResearch.get("numerator").decimalValue()).isEqualByComparingTo("2");
        assertThat(perResearch.get("denominator").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(perResearch.get("value").decimalValue()).isEqualByComparingTo("16.67");

        assertThat(total(view, "PATENT_APPLICATIONS", "FILED").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(total(view, "PATENT_APPLICATIONS", "FIRST_FILED_WITHIN_12_MONTHS").get("value").decimalValue())
                .isEqualByComparingTo("33.33");

        assertThat(total(view, "LICENCE_INCOME", "RECEIVED").get("value").decimalValue())
                .isEqualByComparingTo("12000");
        // income per FTE rolls up as a ratio of sums: 12,000 / (1.0 + 0.5 + 1.0), not the mean of 8,000 and 0
        assertThat(slice(view, "LICENCE_INCOME", "PER_STAFF_FTE", "INSTITUTION", "BT1").get("value").decimalValue())
                .isEqualByComparingTo("8000");
        assertThat(slice(view, "LICENCE_INCOME", "PER_STAFF_FTE", "INSTITUTION", "BT2").get("value").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(total(view, "LICENCE_INCOME", "PER_STAFF_FTE").get("value").decimalValue())
                .isEqualByComparingTo("4800");
        assertThat(total(view, "CERTIFIED_STAFF", "CERTIFIED_FTE").get("value").decimalValue())
                .isEqualByComparingTo("1");

        assertThat(total(view, "TRAINING", "TRAINED").get("value").decimalValue()).isEqualByComparingTo("6");
        assertThat(slice(view, "TRAINING", "TRAINED", "SEX", "FEMALE").get("value").decimalValue())
                .isEqualByComparingTo("4");
        assertThat(slice(view, "TRAINING", "TRAINED", "SEX", "MALE").get("value").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(total(view, "TRAINING", "SATISFIED").get("value").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(total(view, "TRAINING", "APPLYING_AT_6_MONTHS").get("value").decimalValue())
                .isEqualByComparingTo("100");

        assertThat(total(view, "PLAN_STAGES", "NEEDS_ASSESSED").get("value").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(total(view, "NATIONAL_IP_STRATEGIES", "ADOPTED").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(total(view, "PARTNERSHIPS", "ACTIVE").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(total(view, "PATENT_INFORMATION", "DELIVERED").get("value").decimalValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void aFiguresDrillDownListsTheRecordsBehindItAndWhy() throws Exception {
        JsonNode view = ok(Http.as("reviewer", port).get("/api/programme/view?year=" + YEAR + "&country=BT"), 200);
        String link = total(view, "LICENCE_INCOME", "PER_STAFF_FTE").get("drillDown").asText();
        JsonNode records = ok(Http.as("reviewer", port).get(link), 200);
        assertThat(records.get("value").decimalValue()).isEqualByComparingTo("4800");
        List<String> sources = records.get("records").findValuesAsText("source");
        assertThat(sources).containsExactlyInAnyOrder("STAFF", "STAFF", "STAFF", "RECEIPT");
        JsonNode receipt = find(records.get("records"), "source", "RECEIPT");
        assertThat(receipt.get("amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(receipt.get("usd").decimalValue()).isEqualByComparingTo("12000");
        assertThat(receipt.get("why").asText()).contains("at 0.012 USD per unit");

        JsonNode research = ok(Http.as("reviewer", port).get("/api/programme/indicators/DISCLOSURES/measures/"
                + "PER_10M_RESEARCH/records?year=" + YEAR + "&country=BT"), 200);
        JsonNode bt2 = research.get("records").findParents("reference").stream()
                .filter(r -> r.get("reference").asText().startsWith("BT2")).findFirst().orElseThrow();
        assertThat(bt2.get("counted").asBoolean()).isFalse();
        assertThat(bt2.get("why").asText()).contains("no research expenditure");

        JsonNode slice = ok(Http.as("reviewer", port).get("/api/programme/indicators/DISCLOSURES/measures/RECEIVED"
                + "/records?year=" + YEAR + "&dimension=INSTITUTION&key=BT2"), 200);
        assertThat(slice.get("records")).hasSize(1);
        assertThat(slice.get("records").get(0).get("reference").asText()).startsWith("BT2-");
    }

    @Test
    void slicesRollUpAcrossCountriesAndTheScopeIsTheCallers() throws Exception {
        JsonNode all = ok(Http.as("reviewer", port).get("/api/programme/view?year=" + YEAR), 200);
        assertThat(slice(all, "DISCLOSURES", "RECEIVED", "COUNTRY", "BT").get("value").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(slice(all, "DISCLOSURES", "RECEIVED", "COUNTRY", "MD").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(slice(all, "LICENCE_INCOME", "RECEIVED", "REGION", "CERTAIN_COUNTRIES_IN_EUROPE_AND_ASIA")
                .get("value").decimalValue()).isEqualByComparingTo("500");
        // Bhutan is the only LDC of its region: the slice is Bhutan's figure
        JsonNode ldcAsia = ok(Http.as("reviewer", port).get("/api/programme/view?year=" + YEAR
                + "&region=ASIA_AND_THE_PACIFIC&ldc=true"), 200);
        assertThat(total(ldcAsia, "LICENCE_INCOME", "PER_STAFF_FTE").get("value").decimalValue())
                .isEqualByComparingTo("4800");
        // programme 10 implements Moldova only, and shows only the indicators reporting to it
        JsonNode programme10 = ok(Http.as("reviewer", port).get("/api/programme/view?year=" + YEAR
                + "&programme=10"), 200);
        assertThat(texts(programme10.get("countries"))).containsExactly("MD");
        assertThat(indicatorCodes(programme10)).doesNotContain("APPROPRIATE_TECHNOLOGY");

        JsonNode coordinator = ok(Http.as("coordinator-bt", port).get("/api/programme/view?year=" + YEAR), 200);
        assertThat(texts(coordinator.get("countries"))).containsExactly("BT");
        problem(Http.as("coordinator-md", port).get("/api/programme/view?year=" + YEAR + "&country=BT"), 404);
        JsonNode director = ok(Http.as("director-bt1", port).get("/api/programme/view?year=" + YEAR), 200);
        assertThat(director.get("institutions").asInt()).isEqualTo(1);
        assertThat(total(director, "DISCLOSURES", "RECEIVED").get("value").decimalValue())
                .isEqualByComparingTo("2");
        assertThat(total(director, "TRAINING", "TRAINED").get("value").decimalValue())
                .as("only BT1's participants").isEqualByComparingTo("5");
        problem(Http.as("inventor-a", port).get("/api/programme/view?year=" + YEAR), 403);
        problem(Http.as("reviewer", port).get("/api/programme/view?from=" + YEAR + "-12-31&to=" + YEAR
                + "-01-01"), 400);
    }

    @Test
    void aTargetIsRevisedWithAReasonAndTheOriginalKept() throws Exception {
        Http reviewer = Http.as("reviewer", port);
        String target = "{\"kind\":\"TARGET\",\"indicator\":\"PATENT_INFORMATION\",\"measure\":\"DELIVERED\","
                + "\"scopeKind\":\"COUNTRY\",\"scopeKey\":\"MD\",\"year\":" + YEAR + ",\"value\":%s,"
                + "\"source\":\"Action plan\"%s}";
        JsonNode set = ok(reviewer.putJson("/api/programme/targets", target.formatted("5", "")), 200);
        problem(reviewer.putJson("/api/programme/targets", target.formatted("4", ",\"version\":"
                + set.get("version").asLong())), 400);
        problem(Http.as("coordinator-bt", port).putJson("/api/programme/targets", target.formatted("3",
                ",\"version\":" + set.get("version").asLong() + ",\"reason\":\"Mine\"")), 404);
        JsonNode revised = ok(reviewer.putJson("/api/programme/targets", target.formatted("4", ",\"version\":"
                + set.get("version").asLong() + ",\"reason\":\"Budget cut\"")), 200);
        assertThat(revised.get("originalValue").decimalValue()).isEqualByComparingTo("5");
        assertThat(revised.get("value").decimalValue()).isEqualByComparingTo("4");
        JsonNode revisions = ok(reviewer.get("/api/programme/targets/" + revised.get("id").asLong()
                + "/revisions"), 200);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("reason").asText()).isEqualTo("Budget cut");

        JsonNode view = ok(reviewer.get("/api/programme/view?year=" + YEAR + "&programme=10"), 200);
        JsonNode md = slice(view, "PATENT_INFORMATION", "DELIVERED", "COUNTRY", "MD");
        assertThat(md.get("target").get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(md.get("target").get("basis").asText()).contains("revised from 5");
        assertThat(total(view, "PATENT_INFORMATION", "DELIVERED").get("target").get("basis").asText())
                .isEqualTo("the sum of 1 country target");
    }

    @Test
    void anApprovedPeriodIsLockedUntilAReviewerUnlocksItWithAReason() throws Exception {
        Http coordinator = Http.as("coordinator-bt", port);
        Http reviewer = Http.as("reviewer", port);
        String period = "/api/countries/BT/reporting-periods/" + (YEAR - 1);
        JsonNode strategy = ok(coordinator.postJson("/api/programme/entries", "{\"indicator\":\"NATIONAL_IP_STRATEGIES\","
                + "\"measure\":\"ADOPTED\",\"country\":\"BT\",\"year\":" + (YEAR - 1) + ",\"numerator\":0,"
                + "\"evidence\":\"No strategy yet\"}"), 200);
        JsonNode submitted = ok(coordinator.postJson(period + "/submission", "{}"), 200);
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        problem(coordinator.postJson(period + "/approval", "{\"version\":" + submitted.get("version") + "}"), 403);
        assertThat(ok(reviewer.get("/api/reporting-periods/awaiting-approval"), 200).findValuesAsText("country"))
                .contains("BT");
        JsonNode approved = ok(reviewer.postJson(period + "/approval", "{\"comment\":\"Complete\",\"version\":"
                + submitted.get("version") + "}"), 200);
        assertThat(approved.get("locked").asBoolean()).isTrue();

        // a change of the locked year: 409, and nothing changes
        JsonNode locked = problem(coordinator.postJson("/api/programme/entries", "{\"indicator\":"
                + "\"NATIONAL_IP_STRATEGIES\",\"measure\":\"ADOPTED\",\"country\":\"BT\",\"year\":" + (YEAR - 1)
                + ",\"numerator\":1,\"evidence\":\"Adopted after all\",\"version\":" + strategy.get("version")
                + "}"), 409);
        assertThat(locked.toString()).contains("period-locked");
        assertThat(entries("BT", YEAR - 1)).hasSize(1);
        assertThat(entries("BT", YEAR - 1).get(0).get("numerator").decimalValue()).isEqualByComparingTo("0");
        problem(Http.as("director-bt1", port).postJson("/api/institutions/BT1/staff", OfficeAndTraining.staff(
                "Late Joiner", "0.5", (YEAR - 1) + "-06-01", null, null)), 409);

        // the unlock needs a reason; it is kept in the period's history and in the audit log
        problem(reviewer.postJson(period + "/unlock", "{\"reason\":\"\",\"version\":" + approved.get("version")
                + "}"), 400);
        JsonNode unlocked = ok(reviewer.postJson(period + "/unlock", "{\"reason\":\"The strategy was adopted in "
                + "December\",\"version\":" + approved.get("version") + "}"), 200);
        assertThat(unlocked.get("status").asText()).isEqualTo("OPEN");
        assertThat(unlocked.get("history").findValuesAsText("action"))
                .containsExactly("SUBMIT", "APPROVE", "UNLOCK");
        assertThat(unlocked.get("history").get(2).get("remark").asText()).contains("adopted in December");
        JsonNode audit = ok(Http.as("admin", port).get("/api/audit?user=reviewer&size=500"), 200);
        assertThat(audit.get("content").findParents("action").stream()
                .filter(e -> e.get("action").asText().equals("POST /api/countries/{country}/reporting-periods/{year}"
                        + "/unlock") && e.get("entityId").asText().equals("BT"))
                .map(e -> e.get("outcome").asText())).contains("SUCCEEDED", "REFUSED");
        ok(coordinator.postJson("/api/programme/entries", "{\"indicator\":\"NATIONAL_IP_STRATEGIES\","
                + "\"measure\":\"ADOPTED\",\"country\":\"BT\",\"year\":" + (YEAR - 1) + ",\"numerator\":1,"
                + "\"evidence\":\"Adopted in December\",\"version\":" + strategy.get("version") + "}"), 200);

        // a return sends it back with what to correct
        JsonNode again = ok(coordinator.postJson(period + "/submission", "{}"), 200);
        problem(reviewer.postJson(period + "/return", "{\"version\":" + again.get("version") + "}"), 400);
        JsonNode returned = ok(reviewer.postJson(period + "/return", "{\"comment\":\"Add the evidence link\","
                + "\"version\":" + again.get("version") + "}"), 200);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");

        // the reporting rate of that year counts the return: not on time
        JsonNode rate = ok(reviewer.get("/api/programme/indicators/DATA_ON_TIME/measures/ON_TIME/records?year="
                + (YEAR - 1) + "&country=BT"), 200);
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(rate.get("records").get(0).get("why").asText()).contains("returned");
    }

    @Test
    void theProgrammesPerformanceReportIsExportedAsCsvXlsxAndIatiXmlValidAgainstTheSchema() throws Exception {
        Http reviewer = Http.as("reviewer", port);
        JsonNode target = ok(reviewer.putJson("/api/programme/targets", "{\"kind\":\"TARGET\",\"indicator\":"
                + "\"LICENCE_INCOME\",\"measure\":\"RECEIVED\",\"scopeKind\":\"COUNTRY\",\"scopeKey\":\"MD\","
                + "\"year\":" + YEAR + ",\"value\":400,\"source\":\"Moldova action plan\"}"), 200);
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("400");

        JsonNode report = ok(reviewer.get("/api/programme/report?programme=10&year=" + YEAR), 200);
        assertThat(texts(report.get("countries"))).containsExactly("MD");
        JsonNode income = report.get("lines").findParents("indicator").stream()
                .filter(l -> l.get("indicator").asText().equals("LICENCE_INCOME")
                        && l.get("measure").asText().equals("RECEIVED")).findFirst().orElseThrow();
        assertThat(income.get("performance").decimalValue()).isEqualByComparingTo("500");
        assertThat(income.get("target").get("value").decimalValue()).isEqualByComparingTo("400");
        assertThat(income.get("assessment").get("light").asText()).isEqualTo("FULLY_ACHIEVED");
        assertThat(report.get("lines").findParents("indicator").stream()
                .filter(l -> l.get("indicator").asText().equals("PATENT_APPLICATIONS")).findFirst().orElseThrow()
                .get("assessment").get("light").asText()).isEqualTo("NOT_ASSESSABLE");

        HttpResponse<byte[]> csv = bytes("/api/programme/report/csv?programme=10&year=" + YEAR);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))) {
            var line = parser.getRecords().stream().filter(r -> r.get("indicator").equals("LICENCE_INCOME")
                    && r.get("measure").equals("RECEIVED")).findFirst().orElseThrow();
            assertThat(new BigDecimal(line.get("performance"))).isEqualByComparingTo("500");
            assertThat(line.get("traffic_light")).isEqualTo("FULLY_ACHIEVED");
        }

        HttpResponse<byte[]> xlsx = bytes("/api/programme/report/xlsx?programme=10&year=" + YEAR);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.body()))) {
            var sheet = workbook.getSheet("Programme 10");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            int indicator = header.indexOf("indicator");
            int measure = header.indexOf("measure");
            int performance = header.indexOf("performance");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(indicator).getStringCellValue().equals("LICENCE_INCOME")
                        && row.getCell(measure).getStringCellValue().equals("RECEIVED")) {
                    assertThat(row.getCell(performance).getNumericCellValue()).isEqualTo(500.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(workbook.getSheet("Method").getRow(1).getCell(0).getStringCellValue())
                    .startsWith("Fully achieved");
        }

        HttpResponse<byte[]> iati = bytes("/api/programme/report/iati?programme=10&year=" + YEAR);
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = schemas.newSchema(getClass().getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(
                new ByteArrayInputStream(iati.body())));
        String xml = new String(iati.body(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<iati-activities version=\"2.03\"", "<actual value=\"500\"/>",
                "<target value=\"400\"/>", "-P10-" + YEAR + "-01-01-" + YEAR + "-12-31</iati-identifier>");
        problem(Http.as("inventor-a", port).get("/api/programme/report?programme=10"), 403);
        problem(reviewer.get("/api/programme/report?programme=2"), 400);
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "reviewer:demo".getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private JsonNode entries(String country, int year) throws Exception {
        return ok(Http.as("coordinator-bt", port).get("/api/programme/entries?country=" + country + "&year=" + year),
                200);
    }

    private long disclosure(String officer, String title) throws Exception {
        return ok(Http.as(officer, port).postJson("/api/disclosures", """
                {"title":"%s","summary":"s","confidentialDescription":"c","trl":3,
                 "inventors":[{"name":"Inventor","email":"inventor@example.org","affiliation":"X",
                               "sharePercent":100}]}""".formatted(title)), 201).get("id").asLong();
    }

    private void receipt(long disclosure, long institution, String currency, String amount) {
        jdbc.update("""
                insert into receipt (disclosure_id, institution_id, category, currency, amount, received_on,
                                     recorded_by, recorded_at)
                values (?, ?, 'ISSUE_FEE', ?, ?, ?, 'test', CURRENT_TIMESTAMP(6))
                """, disclosure, institution, currency, new BigDecimal(amount), LocalDate.now());
    }

    private Institution institution(String code, String name, String country) {
        return institutions.findByCode(code).orElseGet(() -> institutions.save(new Institution(code, name, country,
                1)));
    }

    private void user(AppUser user) {
        if (!users.existsByUsername(user.username())) {
            users.save(user);
        }
    }

    static List<String> indicatorCodes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.get("expectedResults").forEach(r -> r.get("indicators").forEach(i -> {
            if (!codes.contains(i.get("code").asText())) {
                codes.add(i.get("code").asText());
            }
        }));
        return codes;
    }

    static JsonNode measure(JsonNode view, String indicator, String measure) {
        for (JsonNode result : view.get("expectedResults")) {
            for (JsonNode i : result.get("indicators")) {
                if (i.get("code").asText().equals(indicator)) {
                    return find(i.get("measures"), "code", measure);
                }
            }
        }
        throw new AssertionError("no " + indicator + "." + measure + " in the view");
    }

    static JsonNode total(JsonNode view, String indicator, String measure) {
        return measure(view, indicator, measure).get("total");
    }

    static JsonNode slice(JsonNode view, String indicator, String measure, String dimension, String key) {
        for (JsonNode s : measure(view, indicator, measure).get("slices")) {
            if (s.get("dimension").asText().equals(dimension) && s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no slice " + dimension + "=" + key + " of " + indicator + "." + measure);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("nothing with " + field + "=" + value + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }
}
