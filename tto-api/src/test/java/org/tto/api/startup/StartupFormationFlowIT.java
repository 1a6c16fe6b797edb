package org.tto.api.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.CaseJourney.complete;
import static org.tto.api.CaseJourney.parse;
import static org.tto.api.CaseJourney.readyForCommercialisation;
import static org.tto.api.CaseJourney.taskOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * The start-up path of a case over HTTP on the real MariaDB, as the demo users walk it: the officer starts it and
 * records the founders (the inventor among them), the director sends the plan back, approves the revision and clears
 * the conflict of interest, the officer records incorporation with the institution's equity. Another institution's
 * officer sees neither the tasks nor the start-up. Then the same path called by the case's own process when the
 * officer chooses the start-up route, its plan declined: abandoned, and the case's process ends with it.
 */
@TtoIntegrationTest
class StartupFormationFlowIT {

    private static final String SUBMISSION = """
                {"title":"Graphene-oxide water membrane","summary":"A membrane for county water utilities.",
                 "confidentialDescription":"Recipe attached.","keywords":"water","trl":4,
                 "inventors":[{"name":"Irene Wanjiru","email":"inventor-a@una.example.org","affiliation":"Chemistry",
                               "sharePercent":100,"username":"inventor-a"}]}""";

    @LocalServerPort
    int port;

    @Test
    void anInventorFoundedStartUpIsReviewedClearedAndIncorporatedThroughItsTasks() {
        Http inventor = Http.as("inventor-a", port);
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        Http otherOfficer = Http.as("officer-b", port);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode ready = readyForCommercialisation(inventor, officer, director, SUBMISSION, today.minusDays(5));
        long id = ready.get("id").asLong();
        String reference = ready.get("reference").asText();

        assertThat(inventor.postJson("/api/disclosures/" + id + "/startup-formation", "").statusCode())
                .isEqualTo(403);
        assertThat(otherOfficer.postJson("/api/disclosures/" + id + "/startup-formation", "").statusCode())
                .isEqualTo(404);
        HttpResponse<String> started = officer.postJson("/api/disclosures/" + id + "/startup-formation", "");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(parse(started).get("processInstanceId").asText()).isNotBlank();

        // The founders: the inventor herself and an outside CEO. The payload is validated first.
        String foundersTask = taskOf(officer, reference, "Task_RecordFounders");
        HttpResponse<String> invalid = officer.postJson("/api/tasks/" + foundersTask + "/startup-founders",
                "{\"name\":\"Maji Membranes Ltd\",\"founders\":[]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(parse(invalid).get("errors").findValuesAsText("field")).contains("founders");
        String founders = """
                {"name":"Maji Membranes Ltd","businessPlanSummary":"Membranes for county water utilities",
                 "founders":[{"name":"Irene Wanjiru","inventor":true,"username":"inventor-a"},
                             {"name":"Joseph Mutua (CEO)","inventor":false}]}""";
        assertThat(otherOfficer.postJson("/api/tasks/" + foundersTask + "/startup-founders", founders).statusCode())
                .isEqualTo(404);
        HttpResponse<String> formed = officer.postJson("/api/tasks/" + foundersTask + "/startup-founders",
                founders);
        assertThat(formed.statusCode()).isEqualTo(201);
        JsonNode startup = parse(formed);
        long startupId = startup.get("id").asLong();
        assertThat(formed.headers().firstValue("Location")).hasValue("/api/startups/" + startupId);
        assertThat(startup.get("status").asText()).isEqualTo("FORMING");
        assertThat(startup.get("conflictFlagged").asBoolean()).isTrue();

        // The director sends the plan back; the officer revises it; the director approves the revision.
        String review = taskOf(director, reference, "Task_ReviewBusinessPlan");
        assertThat(officer.postJson("/api/tasks/" + review + "/startup-plan-review",
                "{\"verdict\":\"APPROVE\"}").statusCode()).as("the director's role only").isEqualTo(403);
        assertThat(director.postJson("/api/tasks/" + review + "/startup-plan-review",
                "{\"verdict\":\"REVISE\"}").statusCode()).as("a revision says why").isEqualTo(400);
        assertThat(director.postJson("/api/tasks/" + review + "/startup-plan-review",
                "{\"verdict\":\"REVISE\",\"note\":\"Size the market county by county\"}").statusCode())
                .isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_ReviseBusinessPlan")
                + "/startup-plan-revision", """
                {"businessPlanSummary":"Membranes for 12 county water utilities, 40 % of them under contract talks",
                 "note":"Market sized"}""").statusCode()).isEqualTo(200);
        JsonNode approved = parse(director.postJson("/api/tasks/" + taskOf(director, reference,
                "Task_ReviewBusinessPlan") + "/startup-plan-review", "{\"verdict\":\"APPROVE\"}"));
        assertThat(approved.get("planStatus").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("planReviews").findValuesAsText("verdict")).containsExactly("REVISE", "APPROVE");

        // The inventor founds it: the director clears the conflict of interest, on terms.
        JsonNode cleared = parse(director.postJson("/api/tasks/" + taskOf(director, reference,
                "Task_ReviewStartupConflict") + "/startup-conflict-review",
                "{\"verdict\":\"CLEARED\",\"note\":\"Irene keeps 80 % of her university time\"}"));
        assertThat(cleared.get("conflictVerdict").asText()).isEqualTo("CLEARED");
        assertThat(cleared.get("conflictReviewedBy").asText()).isEqualTo("director-a");

        // Incorporation with the institution's equity ends the path: the start-up is active.
        LocalDate incorporatedOn = today.minusDays(10);
        JsonNode incorporated = parse(officer.postJson("/api/tasks/" + taskOf(officer, reference,
                "Task_RecordIncorporation") + "/startup-incorporation", """
                {"incorporatedOn":"%s","registryId":"PVT-2026-AB12CD","equityShares":100000,"equityPercent":10}"""
                .formatted(incorporatedOn)));
        assertThat(incorporated.get("status").asText()).isEqualTo("ACTIVE");

        JsonNode shown = parse(officer.get("/api/startups/" + startupId));
        assertThat(shown.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.get("incorporatedOn").asText()).isEqualTo(incorporatedOn.toString());
        assertThat(shown.get("equityShares").asLong()).isEqualTo(100_000);
        assertThat(shown.get("equityPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(shown.get("history")).hasSize(1);
        assertThat(shown.get("history").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.get("history").get(0).get("effectiveOn").asText()).isEqualTo(incorporatedOn.toString());
        assertThat(StreamSupport.stream(parse(officer.get("/api/disclosures/" + id + "/startups")).spliterator(),
                false).map(s -> s.get("id").asLong())).containsExactly(startupId);
        assertThat(otherOfficer.get("/api/startups/" + startupId).statusCode()).isEqualTo(404);
        assertThat(parse(officer.get("/api/disclosures/" + id)).get("history").findValuesAsText("action"))
                .containsSubsequence("STARTUP_PATH_STARTED", "STARTUP_FORMING", "STARTUP_PLAN_REVISION_REQUESTED",
                        "STARTUP_PLAN_REVISED", "STARTUP_PLAN_APPROVED", "STARTUP_COI_CLEARED",
                        "STARTUP_INCORPORATED", "STARTUP_PATH_ENDED");
        assertThat(startedBy(officer, id)).isEqualTo("officer-a");
        assertThat(StreamSupport.stream(parse(officer.get("/api/tasks")).spliterator(), false)
                .filter(t -> reference.equals(t.get("reference").asText())).map(t -> t.get("key").asText()))
                .as("no task left on the path; the case's own route choice is still open")
                .containsExactly("Task_ChooseCommercialisationRoutes");
    }

    @Test
    void aStartUpRouteChosenOnTheCaseWhosePlanIsDeclinedIsAbandonedAndEndsTheCasesProcess() {
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        JsonNode ready = readyForCommercialisation(Http.as("inventor-a", port), officer, director, SUBMISSION,
                LocalDate.now(ZoneOffset.UTC).minusDays(5));
        long id = ready.get("id").asLong();
        String reference = ready.get("reference").asText();
        // The case's own process calls the start-up path (Call_StartupFormation) when the officer chooses it.
        complete(officer, reference, "Task_ChooseCommercialisationRoutes", "commercialisation-routes",
                "{\"licensing\":false,\"startup\":true}");
        long startupId = parse(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_RecordFounders")
                + "/startup-founders", """
                {"name":"Too Early Ltd","businessPlanSummary":"Sell filters",
                 "founders":[{"name":"An outside founder","inventor":false}]}""")).get("id").asLong();

        JsonNode declined = parse(director.postJson("/api/tasks/" + taskOf(director, reference,
                "Task_ReviewBusinessPlan") + "/startup-plan-review",
                "{\"verdict\":\"DECLINE\",\"note\":\"No paying customer in sight\"}"));

        assertThat(declined.get("status").asText()).isEqualTo("ABANDONED");
        assertThat(declined.get("abandonReason").asText()).isEqualTo("Business plan declined: No paying customer "
                + "in sight");
        assertThat(parse(officer.get("/api/startups/" + startupId)).get("history").findValuesAsText("status"))
                .containsExactly("ABANDONED");
        JsonNode history = parse(officer.get("/api/disclosures/" + id)).get("history");
        assertThat(history.findValuesAsText("action")).containsSubsequence("COMMERCIALISATION_ROUTES_CHOSEN",
                "STARTUP_PATH_STARTED",
                "STARTUP_PLAN_DECLINED", "STARTUP_PATH_ABANDONED").doesNotContain("STARTUP_PATH_ENDED");
        assertThat(StreamSupport.stream(history.spliterator(), false)
                .filter(e -> "STARTUP_PATH_ABANDONED".equals(e.get("action").asText()))
                .map(e -> e.get("detail").asText())).singleElement().asString()
                .endsWith("Business plan declined: No paying customer in sight");
        assertThat(startedBy(officer, id)).isEqualTo("officer-a");
        assertThat(StreamSupport.stream(parse(officer.get("/api/tasks")).spliterator(), false)
                .filter(t -> reference.equals(t.get("reference").asText()))).as("the only route ended, and with it "
                        + "the case's process").isEmpty();
    }

    /** Who the case history says started the start-up path. */
    private static String startedBy(Http officer, long id) {
        return StreamSupport.stream(parse(officer.get("/api/disclosures/" + id)).get("history").spliterator(), false)
                .filter(e -> "STARTUP_PATH_STARTED".equals(e.get("action").asText()))
                .map(e -> e.get("actor").asText()).findFirst().orElseThrow();
    }
}
