package org.tto.api.docketing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctTableCsv;

/** The deadline preview over HTTP, as a signed-in officer, on the real MariaDB. */
@TtoIntegrationTest
class DeadlinePreviewIT {

    private static final String PREVIEW = "/api/deadlines/pct-national-phase";
    private static final LocalDate PRIORITY = LocalDate.of(2024, 3, 29);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewsEpEntryWithItsTraceOverGoodFridayTheWeekendAndEasterMonday() {
        HttpResponse<String> response = officer().get(PREVIEW + "?office=EP&priorityDate=2023-09-03&chapter=I");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.path("office").asText()).isEqualTo("EP");
        assertThat(body.path("chapter").asText()).isEqualTo("I");
        assertThat(body.path("months").asInt()).isEqualTo(31);
        assertThat(body.path("dueDate").asText()).isEqualTo("2026-04-07");
        assertThat(body.path("ruleId").asText()).isEqualTo("PCT-NP-EP-I");
        assertThat(body.path("legalBasis").asText()).contains("PCT Art. 22");
        assertThat(body.has("extended")).isFalse();
        JsonNode trace = body.path("trace");
        assertThat(trace.path("anchorDate").asText()).isEqualTo("2023-09-03");
        assertThat(trace.path("rawDate").asText()).isEqualTo("2026-04-03");
        assertThat(trace.path("rolls").findValuesAsText("reason"))
                .containsExactly("EP closed: Good Friday", "Saturday", "Sunday", "EP closed: Easter Monday");
        assertThat(trace.path("dueDate").asText()).isEqualTo("2026-04-07");
    }

    @Test
    void anOfficeWithALongerLimitOnAFeeShowsItAsExtended() {
        JsonNode body = read(officer().get(PREVIEW + "?office=cn&priorityDate=2024-03-29&chapter=II"));

        assertThat(body.path("office").asText()).isEqualTo("CN");
        assertThat(body.path("months").asInt()).isEqualTo(30);
        assertThat(body.path("extended").path("months").asInt()).isEqualTo(32);
        assertThat(body.path("extended").path("ruleId").asText()).isEqualTo("PCT-NP-CN-II-EXT");
        assertThat(body.path("extended").path("dueDate").asText()).isEqualTo("2026-11-30"); // 29 Nov is a Sunday
        assertThat(body.path("extended").path("legalBasis").asText()).containsIgnoringCase("surcharge");
    }

    @Test
    void thePreviewAgreesWithTheTableForEveryOfficeInIt() {
        Http officer = officer();
        SoftAssertions softly = new SoftAssertions();
        for (PctTableCsv.Row row : PctTableCsv.rows()) {
            PctTableCsv.Row route = row.route();
            for (PctChapter chapter : PctChapter.values()) {
                String what = row.office() + " Chapter " + chapter;
                HttpResponse<String> response = officer.get(PREVIEW + "?office=" + row.office() + "&priorityDate="
                        + PRIORITY + "&chapter=" + chapter);
                softly.assertThat(response.statusCode()).as(what).isEqualTo(200);
                JsonNode body = read(response);
                softly.assertThat(body.path("office").asText()).as(what).isEqualTo(row.office());
                softly.assertThat(body.path("provenance").asText()).as(what).isEqualTo(row.provenance());
                softly.assertThat(body.path("nationalRouteClosed").asBoolean()).as(what)
                        .isEqualTo(row.nationalRouteClosed());
                softly.assertThat(body.has("regionalOffice")).as(what).isEqualTo(row.nationalRouteClosed());
                softly.assertThat(body.path("confirmed").asBoolean()).as(what).isEqualTo(route.confirmed());
                softly.assertThat(body.path("ruleId").asText()).as(what)
                        .isEqualTo("PCT-NP-" + route.office() + "-" + chapter);
                softly.assertThat(body.path("months").asInt()).as(what).isEqualTo(row.months(chapter));
                softly.assertThat(body.path("dueDate").asText()).as(what)
                        .isEqualTo(nextOpenDay(route.office(), PRIORITY.plusMonths(row.months(chapter))).toString());
                if (route.extended() == null) {
                    softly.assertThat(body.has("extended")).as(what + " has no longer limit").isFalse();
                } else {
                    softly.assertThat(body.path("extended").path("months").asInt()).as(what + " longer limit")
                            .isEqualTo(route.extended());
                    softly.assertThat(body.path("extended").path("days").asInt()).as(what + " longer limit")
                            .isEqualTo(route.extendedDays());
                    softly.assertThat(body.path("extended").path("dueDate").asText()).as(what + " longer limit")
                            .isEqualTo(nextOpenDay(route.office(), PRIORITY.plusMonths(route.extended())
                                    .plusDays(route.extendedDays())).toString());
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void aStateWhoseNationalRouteIsClosedAnswersThroughItsRegionalOffice() {
        HttpResponse<String> response = officer().get(PREVIEW + "?office=FR&priorityDate=2024-03-29&chapter=I");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.path("office").asText()).isEqualTo("FR");
        assertThat(body.path("officeName").asText()).isEqualTo("France");
        assertThat(body.path("nationalRouteClosed").asBoolean()).isTrue();
        assertThat(body.path("regionalOffice").asText()).isEqualTo("EP");
        assertThat(body.path("route").asText()).isEqualTo("The national route of FR is closed: enter through EP "
                + "(European Patent Organisation), 31 months from the priority date.");
        assertThat(body.path("months").asInt()).isEqualTo(31);
        assertThat(body.path("ruleId").asText()).isEqualTo("PCT-NP-EP-I");
        assertThat(body.path("dueDate").asText()).isEqualTo("2026-10-29");
        assertThat(body.path("address").asText()).contains("doc-code=FR");

        JsonNode li = read(officer().get(PREVIEW + "?office=LI&priorityDate=2024-03-29&chapter=II"));
        assertThat(li.path("regionalOffice").asText()).isEqualTo("EP");
        assertThat(li.path("alternativeRoute").asText()).isEqualTo("CH");
        JsonNode sn = read(officer().get(PREVIEW + "?office=SN&priorityDate=2024-03-29&chapter=I"));
        assertThat(sn.path("regionalOffice").asText()).isEqualTo("OA");
        assertThat(sn.path("months").asInt()).isEqualTo(30);
    }

    @Test
    void anOfficeWithoutAFigureInTheGuideAnswersThePctDefaultUnconfirmedWithTheReason() {
        JsonNode body = read(officer().get(PREVIEW + "?office=LC&priorityDate=2024-03-29&chapter=I"));

        assertThat(body.path("provenance").asText()).isEqualTo("PCT_DEFAULT_UNCONFIRMED");
        assertThat(body.path("months").asInt()).isEqualTo(30);
        assertThat(body.path("confirmed").asBoolean()).isFalse();
        assertThat(body.path("unconfirmedReason").asText()).contains("Information not yet available", "PCT default");
        assertThat(body.path("trace").path("confirmed").asBoolean()).isFalse();
        assertThat(body.path("trace").path("steps").get(body.path("trace").path("steps").size() - 1).asText())
                .startsWith("Due 2026-09-29 (unconfirmed: ");

        JsonNode us = read(officer().get(PREVIEW + "?office=US&priorityDate=2024-03-29&chapter=I"));
        assertThat(us.path("confirmed").asBoolean()).isTrue();
        assertThat(us.path("provenance").asText()).isEqualTo("WIPO_GUIDE");
        assertThat(us.has("unconfirmedReason")).isFalse();
    }

    @Test
    void serbiasLongerLimitCountsThirtyDaysAfterTheThirtyMonths() {
        JsonNode body = read(officer().get(PREVIEW + "?office=RS&priorityDate=2024-03-29&chapter=I"));

        assertThat(body.path("months").asInt()).isEqualTo(30);
        JsonNode extended = body.path("extended");
        assertThat(extended.path("ruleId").asText()).isEqualTo("PCT-NP-RS-I-EXT");
        assertThat(extended.path("months").asInt()).isEqualTo(30);
        assertThat(extended.path("days").asInt()).isEqualTo(30);
        // 29 Sep 2026 + 30 days = 29 Oct 2026, a Thursday
        assertThat(extended.path("dueDate").asText()).isEqualTo("2026-10-29");
        assertThat(extended.path("trace").path("steps").toString()).contains("+ 30 months = 2026-09-29",
                "+ 30 days = 2026-10-29");
    }

    @Test
    void anUnknownOfficeIsA400ProblemNamingTheField() {
        HttpResponse<String> response = officer().get(PREVIEW + "?office=XX&priorityDate=2024-03-29&chapter=I");

        assertProblem(response, "office");
        assertThat(read(response).path("detail").asText()).contains("XX");
    }

    @Test
    void aMalformedDateIsA400ProblemNamingTheField() {
        assertProblem(officer().get(PREVIEW + "?office=EP&priorityDate=29.03.2024&chapter=I"), "priorityDate");
        assertProblem(officer().get(PREVIEW + "?office=EP&priorityDate=2026-02-30&chapter=I"), "priorityDate");
    }

    @Test
    void anUnknownChapterOrAMissingParameterIsA400Problem() {
        assertProblem(officer().get(PREVIEW + "?office=EP&priorityDate=2024-03-29&chapter=III"), "chapter");
        assertProblem(officer().get(PREVIEW + "?priorityDate=2024-03-29"), "office");
        assertProblem(officer().get(PREVIEW + "?office=EP"), "priorityDate");
    }

    @Test
    void chapterIIsTheDefault() {
        JsonNode body = read(officer().get(PREVIEW + "?office=LU&priorityDate=2024-03-29"));

        assertThat(body.path("chapter").asText()).isEqualTo("I");
        assertThat(body.path("months").asInt()).isEqualTo(20);
    }

    @Test
    void anyoneSignedInMayPreviewButNobodyAnonymous() {
        String path = PREVIEW + "?office=EP&priorityDate=2024-03-29&chapter=I";
        assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/api/deadlines/offices").statusCode()).isEqualTo(401);
        assertThat(Http.as("inventor-a", port).get(path).statusCode()).isEqualTo(200);
        assertThat(Http.as("reviewer", port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void listsTheOfficesWithTheirChapterIAndIILimits() {
        HttpResponse<String> response = officer().get("/api/deadlines/offices");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode offices = read(response);
        assertThat(offices.size()).isEqualTo(PctTableCsv.rows().size());
        JsonNode nl = offices.findParents("code").stream().filter(o -> o.path("code").asText().equals("NL"))
                .findFirst().orElseThrow();
        assertThat(nl.path("nationalRouteClosed").asBoolean()).isTrue();
        assertThat(nl.path("regionalRoute").asText()).isEqualTo("EP");
        assertThat(nl.has("chapterIMonths")).isFalse();
        JsonNode ca = offices.findParents("code").stream().filter(o -> o.path("code").asText().equals("CA"))
                .findFirst().orElseThrow();
        assertThat(ca.path("chapterIMonths").asInt()).isEqualTo(30);
        assertThat(ca.path("chapterIExtendedMonths").asInt()).isEqualTo(42);
        assertThat(ca.path("chapterIIMonths").asInt()).isEqualTo(30);
        assertThat(ca.path("provenance").asText()).isEqualTo("WIPO_TABLE");
    }

    @Test
    void theNoveltyGuardAnswersPerJurisdiction() {
        HttpResponse<String> response =
                officer().get("/api/deadlines/novelty-risk?disclosureDate=2026-03-31&firstFilingDate=2026-12-01");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.path("atRisk").asBoolean()).isTrue();
        JsonNode us = body.path("jurisdictions").findParents("code").stream()
                .filter(j -> j.path("code").asText().equals("US")).findFirst().orElseThrow();
        assertThat(us.path("effect").asText()).isEqualTo("GRACE_PERIOD");
        assertThat(us.path("fileBy").asText()).isEqualTo("2027-03-31");
        assertProblem(officer().get("/api/deadlines/novelty-risk?disclosureDate=yesterday"), "disclosureDate");
    }

    private void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = read(response);
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("type").asText()).endsWith("/problems/validation");
        assertThat(body.path("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(response.body()).doesNotContain("Exception");
    }

    private Http officer() {
        return Http.as("officer-a", port);
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Independent of the calculator: the first day on or after {@code day} that is no weekend or closure day. */
    private LocalDate nextOpenDay(String office, LocalDate day) {
        Set<LocalDate> closed = jdbc.queryForList("SELECT closure_date FROM office_closure WHERE office_code = ?",
                LocalDate.class, office).stream().collect(Collectors.toSet());
        LocalDate open = day;
        while (open.getDayOfWeek() == DayOfWeek.SATURDAY || open.getDayOfWeek() == DayOfWeek.SUNDAY
                || closed.contains(open)) {
            open = open.plusDays(1);
        }
        return open;
    }
}
