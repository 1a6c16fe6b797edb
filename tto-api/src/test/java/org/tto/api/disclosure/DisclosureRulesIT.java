package org.tto.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.disclosure.DisclosureJson.disclosure;
import static org.tto.api.disclosure.DisclosureJson.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Bad input gets an RFC 9457 problem and changes nothing; references stay unique under concurrent submissions; only
 * the institution's officers and the case's own inventors see a case; search filters by status, step and text.
 */
@TtoIntegrationTest
class DisclosureRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyConcurrentSubmissionsGetTwentyDistinctReferences() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String title = "Concurrent invention " + i;
            submissions.add(() -> Http.as("officer-a", port).postJson("/api/disclosures",
                    disclosure(title, "40", null)));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> future : pool.invokeAll(submissions)) {
            responses.add(future.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));
        Set<String> references = responses.stream().map(r -> parse(r).get("reference").asText())
                .collect(Collectors.toSet());
        assertThat(references).hasSize(20).allSatisfy(ref -> assertThat(ref).matches("UNA-\\d{4}-\\d{4}"));
    }

    @Test
    void sharesThatDoNotSumTo100AreAProblemAndChangeNothing() {
        int before = count();
        HttpResponse<String> response = Http.as("officer-a", port).postJson("/api/disclosures",
                disclosure("Shares of 99 percent", "39", null));

        assertProblem(response, 400, "inventors");
        assertThat(parse(response).get("detail").asText()).contains("100").contains("99");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreListed() {
        HttpResponse<String> response = Http.as("officer-a", port).postJson("/api/disclosures",
                disclosure("", "40", null).replace("\"trl\": 4", "\"trl\": 12"));

        JsonNode problem = assertProblem(response, 400, "title");
        assertThat(problem.get("errors").findValuesAsText("field")).contains("title", "trl");
    }

    @Test
    void malformedJsonIsAProblemNotAnError() {
        assertProblem(Http.as("officer-a", port).postJson("/api/disclosures", "{\"title\": "), 400, null);
        assertProblem(Http.as("officer-a", port).postJson("/api/disclosures",
                disclosure("Bad date", "40", null).replace("\"trl\": 4", "\"trl\": \"four\"")), 400, null);
        assertProblem(Http.as("officer-a", port).get("/api/disclosures?status=NOT_A_STATUS"), 400, "status");
        assertProblem(Http.as("officer-a", port).get("/api/disclosures?size=1000"), 400, null);
    }

    @Test
    void onlyInstitutionRolesSubmitAndTheAnonymousNothing() {
        int before = count();
        assertProblem(Http.as("coordinator-ke", port).postJson("/api/disclosures",
                disclosure("Coordinator's idea", "40", null)), 403, null);
        assertThat(Http.anonymous(port).postJson("/api/disclosures", disclosure("Anonymous", "40", null))
                .statusCode()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCaseIsVisibleToItsInstitutionAndItsInventorsOnly() {
        long id = parse(Http.as("officer-a", port).postJson("/api/disclosures",
                disclosure("Visible to UNA only", "40", null))).get("id").asLong();

        assertThat(Http.as("officer-a", port).get("/api/disclosures/" + id).statusCode()).isEqualTo(200);
        assertThat(Http.as("director-a", port).get("/api/disclosures/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> inventorView = Http.as("inventor-a", port).get("/api/disclosures/" + id);
        assertThat(inventorView.statusCode()).isEqualTo(200);
        assertThat(parse(inventorView).get("confidentialDescription").asText()).contains("bone char");
        for (String outsider : List.of("officer-b", "coordinator-ke", "reviewer", "admin")) {
            HttpResponse<String> response = Http.as(outsider, port).get("/api/disclosures/" + id);
            assertProblem(response, 404, null);
            assertThat(response.body()).doesNotContain("bone char").doesNotContain("Visible to UNA only");
        }
        assertThat(Http.as("officer-b", port).get("/api/disclosures?q=Visible+to+UNA").body())
                .doesNotContain("Visible to UNA only");
    }

    @Test
    void searchFiltersByStatusStepAndText() {
        Http officer = Http.as("officer-a", port);
        String reference = parse(officer.postJson("/api/disclosures",
                disclosure("Solar-powered milk chiller", "40", null))).get("reference").asText();

        assertThat(officer.get("/api/disclosures?q=MILK+chiller").body()).contains(reference);
        assertThat(officer.get("/api/disclosures?q=milk&status=AWAITING_TRIAGE").body()).contains(reference);
        assertThat(officer.get("/api/disclosures?q=milk&status=REJECTED").body()).doesNotContain(reference);
        assertThat(officer.get("/api/disclosures?q=milk&step=Task_Triage").body()).contains(reference);
        assertThat(officer.get("/api/disclosures?q=milk&step=Task_AssessPatentability").body())
                .doesNotContain(reference);
        JsonNode page = parse(officer.get("/api/disclosures?size=2&page=0"));
        assertThat(page.get("content")).hasSizeLessThanOrEqualTo(2);
        assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTaskOfTheWrongKindOrUnknownIdIsRefused() {
        Http officer = Http.as("officer-a", port);
        String reference = parse(officer.postJson("/api/disclosures",
                disclosure("Wrong-kind task", "40", null))).get("reference").asText();
        String triageTask = parse(officer.get("/api/tasks")).findParents("reference").stream()
                .filter(task -> reference.equals(task.get("reference").asText()))
                .map(task -> task.get("id").asText()).findFirst().orElseThrow();

        assertProblem(Http.as("director-a", port).postJson("/api/tasks/" + triageTask + "/protection-decision",
                "{\"outcome\":\"ABANDON\",\"reason\":\"no\"}"), 409, null);
        assertProblem(officer.postJson("/api/tasks/" + triageTask + "/protection-decision",
                "{\"outcome\":\"ABANDON\",\"reason\":\"no\"}"), 403, null);
        assertProblem(officer.postJson("/api/tasks/no-such-task/triage", "{\"outcome\":\"ACCEPT\"}"), 404, null);
        assertProblem(officer.postJson("/api/tasks/" + triageTask + "/triage", "{\"outcome\":\"MORE_INFO\"}"),
                409, null);
        assertProblem(officer.postJson("/api/tasks/" + triageTask + "/triage", "{\"outcome\":\"MAYBE\"}"), 400,
                null);
        assertThat(officer.get("/api/tasks/" + triageTask).statusCode()).as("still open").isEqualTo(200);
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = parse(response);
        assertThat(problem.get("type").asText()).startsWith("https://");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        }
        return problem;
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM disclosure", Integer.class);
    }
}
