package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Request bodies are read as written: a value of the wrong JSON type, a fraction for a whole number, an enum value
 * with a stray space or in another case, a numeric date, an unknown field or a body that is not application/json is
 * refused with a problem, and nothing is written.
 */
@TtoIntegrationTest
class StrictJsonIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aRequiredBooleanIsRequiredAndABooleanIsNoNumber() {
        Http admin = Http.as("admin", port);
        String user = newReviewer(admin);

        for (String body : new String[] {"{}", "{\"enabled\":null}", "{\"enabled\":123}", "{\"enabled\":\"false\"}",
            "{\"enabled\":0}"}) {
            assertProblem(admin.putJson("/api/admin/users/" + user + "/enabled", body), 400);
        }
        JsonNode users = parse(admin.get("/api/admin/users"));
        assertThat(users.findValues("username").stream().map(JsonNode::asText)).contains(user);
        for (JsonNode u : users) {
            if (u.get("username").asText().equals(user)) {
                assertThat(u.get("enabled").asBoolean()).as("still enabled").isTrue();
            }
        }
        assertThat(admin.putJson("/api/admin/users/" + user + "/enabled", "{\"enabled\":false}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aFractionIsNoWholeNumberAndTextIsNoNumber() {
        Http admin = Http.as("admin", port);
        String code = newInstitution(admin);

        assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":3.5,\"day\":1}"), 400);
        assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":3.0,\"day\":1}"), 400);
        assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":\"3\",\"day\":1}"), 400);
        JsonNode problem = assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":4,\"day\":\"1\"}"), 400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("day");
        assertThat(institution(admin, code).get("fiscalYearStartMonth").asInt()).as("unchanged").isEqualTo(7);

        Http inventor = Http.as("inventor-a", port);
        assertProblem(inventor.postJson("/api/disclosures", disclosure("\"trl\": 3.5")), 400);
        assertProblem(inventor.postJson("/api/disclosures", disclosure("\"trl\": \"4\"")), 400);
    }

    @Test
    void numbersAndBooleansAreNoText() {
        Http admin = Http.as("admin", port);
        String suffix = suffix();
        assertProblem(admin.postJson("/api/admin/users", """
                {"username":"r%s","firstName":123,"lastName":"Reviewer","role":"REVIEWER"}""".formatted(suffix)),
                400);
        assertProblem(admin.postJson("/api/admin/users", """
                {"username":"r%s","firstName":"Rita","lastName":true,"role":"REVIEWER"}""".formatted(suffix)), 400);
        assertProblem(admin.postJson("/api/admin/users", """
                {"username":"r%s","firstName":"Rita","lastName":1.5,"role":"REVIEWER"}""".formatted(suffix)), 400);
        assertThat(parse(admin.get("/api/admin/users")).findValues("username").stream().map(JsonNode::asText))
                .doesNotContain("r" + suffix);
    }

    @Test
    void anEnumValueIsItsExactName() {
        Http admin = Http.as("admin", port);
        String suffix = suffix();
        for (String role : new String[] {" REVIEWER", "REVIEWER ", "reviewer", "Reviewer", "0", ""}) {
            JsonNode problem = assertProblem(admin.postJson("/api/admin/users", """
                    {"username":"e%s","firstName":"Eve","lastName":"Enum","role":"%s"}""".formatted(suffix, role)),
                    400);
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("role");
        }
        assertProblem(admin.postJson("/api/admin/users", """
                {"username":"e%s","firstName":"Eve","lastName":"Enum","role":4}""".formatted(suffix)), 400);
        assertThat(parse(admin.get("/api/admin/users")).findValues("username").stream().map(JsonNode::asText))
                .doesNotContain("e" + suffix);
    }

    @Test
    void aDateIsIsoTextNeverANumber() {
        Http inventor = Http.as("inventor-a", port);
        for (String date : new String[] {"-1", "0", "19000", "[2026,1,1]", "\"-2023-01-01\"", "\"+2023-01-01\"",
            "\"2023-1-1\"", "\"20230101\"", "\"2023-02-30\"", "\"\""}) {
            JsonNode problem = assertProblem(inventor.postJson("/api/disclosures", disclosure("""
                    "trl": 4, "publicDisclosures": [{"date": %s, "kind": "CONFERENCE", "description": "A talk"}]"""
                    .formatted(date))), 400);
            assertThat(problem.at("/errors/0/field").asText()).as(date).isEqualTo("publicDisclosures[0].date");
        }
    }

    @Test
    void unknownFieldsAndDuplicateKeysAreRefused() {
        Http admin = Http.as("admin", port);
        String code = newInstitution(admin);
        JsonNode problem = assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":4,\"day\":1,\"year\":2026}"), 400);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("year");
        assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":4,\"day\":1,\"month\":5}"), 400);
        assertProblem(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":4,\"day\":1} {}"), 400);
        assertThat(institution(admin, code).get("fiscalYearStartMonth").asInt()).as("unchanged").isEqualTo(7);
    }

    @Test
    void onlyApplicationJsonIsReadAsJson() {
        Http admin = Http.as("admin", port);
        String code = newInstitution(admin);
        for (String type : new String[] {"application/json-patch+json", "application/merge-patch+json",
            "text/plain", "application/x-www-form-urlencoded"}) {
            JsonNode problem = assertProblem(admin.post("/api/admin/countries", type, """
                    {"code":"QQ","name":"Qatarland","region":"AFRICA","ldc":false,"programme":9}""", null), 415);
            assertThat(problem.get("type").asText()).isEqualTo("https://tto.example.org/problems/unsupported-media-type");
            assertProblem(admin.put("/api/admin/institutions/" + code + "/fiscal-year-start", type,
                    "{\"month\":4,\"day\":1}", "unused"), 415);
        }
        assertThat(institution(admin, code).get("fiscalYearStartMonth").asInt()).as("unchanged").isEqualTo(7);
        assertThat(admin.putJson("/api/admin/institutions/" + code + "/fiscal-year-start",
                "{\"month\":4,\"day\":1}").statusCode()).isEqualTo(200);
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = parse(response);
        assertThat(problem.get("type").asText()).startsWith("https://tto.example.org/problems/");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static String newReviewer(Http admin) {
        String username = "rev-" + suffix();
        assertThat(admin.postJson("/api/admin/users", """
                {"username":"%s","firstName":"Rita","lastName":"Reviewer","role":"REVIEWER"}""".formatted(username))
                .statusCode()).isEqualTo(201);
        return username;
    }

    /** A new institution in Kenya whose fiscal year starts on 1 July. */
    static String newInstitution(Http admin) {
        String code = ("S" + suffix()).toUpperCase();
        code = code.substring(0, Math.min(code.length(), 16));
        assertThat(admin.postJson("/api/admin/institutions", """
                {"code":"%s","name":"Strict University","country":"KE","fiscalYearStartMonth":7}""".formatted(code))
                .statusCode()).isEqualTo(201);
        return code;
    }

    static JsonNode institution(Http admin, String code) {
        for (JsonNode institution : parse(admin.get("/api/admin/institutions"))) {
            if (institution.get("code").asText().equals(code)) {
                return institution;
            }
        }
        throw new AssertionError("no institution " + code);
    }

    /** A valid disclosure by inventor-a, with {@code fields} (the trl at least) spliced in. */
    static String disclosure(String fields) {
        return """
                {"title": "Strict membrane",
                 "summary": "A low-cost ceramic membrane that removes fluoride from borehole water.",
                 "confidentialDescription": "Sintered clay with bone char.",
                 "inventors": [{"name": "Irene Wanjiru", "email": "inventor-a@una.example.org",
                   "affiliation": "Chemistry", "sharePercent": 100, "username": "inventor-a"}],
                 %s}
                """.formatted(fields);
    }
}
