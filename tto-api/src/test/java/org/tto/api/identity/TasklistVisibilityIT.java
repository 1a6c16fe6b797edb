package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Institution scoping in the engine itself: in Tasklist (the webapp's own API, with the engine's authorization checks)
 * and in a task query by candidate user, UNB's officer sees none of UNA's tasks, and UNA's officer sees them; and
 * neither Tasklist nor the engine's API can complete a task: only its typed endpoint can.
 */
@TtoIntegrationTest
class TasklistVisibilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void unbOfficersSeeNoneOfUnasTasks() throws Exception {
        HttpResponse<String> submitted = Http.as("officer-a", port).postJson("/api/disclosures", """
                {"title":"Tasklist visibility","summary":"s","confidentialDescription":"c","trl":2,
                 "inventors":[{"name":"A","email":"a@una.example.org","affiliation":"X","sharePercent":100}]}""");
        String reference = JSON.readTree(submitted.body()).get("reference").asText();
        String processInstance = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult()
                .getProcessInstanceId();

        assertThat(tasks.createTaskQuery().taskCandidateUser("officer-b").processInstanceBusinessKey(reference)
                .count()).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser("officer-a").processInstanceBusinessKey(reference)
                .count()).isEqualTo(1);

        assertThat(tasklistProcessInstances("officer-b")).doesNotContain(processInstance);
        assertThat(tasklistProcessInstances("officer-a")).contains(processInstance);
    }

    @Test
    void aTaskIsCompletedOnlyThroughItsTypedEndpointNeverWithArbitraryVariables() throws Exception {
        HttpResponse<String> submitted = Http.as("officer-a", port).postJson("/api/disclosures", """
                {"title":"Typed completion","summary":"s","confidentialDescription":"c","trl":2,
                 "inventors":[{"name":"A","email":"a@una.example.org","affiliation":"X","sharePercent":100}]}""");
        long id = JSON.readTree(submitted.body()).get("id").asLong();
        String reference = JSON.readTree(submitted.body()).get("reference").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_Triage")
                .singleResult().getId();

        // the engine's API, as the engine REST API or a script would call it
        assertThatThrownBy(() -> tasks.complete(triage, Map.of("triageOutcome", "ACCEPT")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("completed through the TTO API");
        // Tasklist, signed in as the institution's officer, who may work on the task
        Http browser = Http.anonymous(port);
        String xsrf = tasklistLogin(browser, "officer-a");
        HttpResponse<String> tasklist = browser.post("/camunda/api/engine/engine/default/task/" + triage
                + "/complete", "application/json", """
                {"variables":{"triageOutcome":{"value":"ACCEPT","type":"String"}}}""", xsrf);
        assertThat(tasklist.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(tasklist.body()).contains("completed through the TTO API");
        // nor can the officer rewrite the ids the typed endpoint reads from the task
        HttpResponse<String> rewrite = browser.put("/camunda/api/engine/engine/default/task/" + triage
                + "/variables/disclosureId", "application/json", "{\"value\":1,\"type\":\"Long\"}", xsrf);
        assertThat(rewrite.statusCode()).isEqualTo(403);
        assertThat(rewrite.body()).contains("UPDATE");
        assertThat(((Number) tasks.getVariable(triage, "disclosureId")).longValue()).isEqualTo(id);

        assertThat(tasks.createTaskQuery().taskId(triage).count()).as("the task is still open").isOne();
        assertThat(JSON.readTree(Http.as("officer-a", port).get("/api/disclosures/" + id).body()).get("status")
                .asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(Http.as("officer-a", port).postJson("/api/tasks/" + triage + "/triage",
                "{\"outcome\":\"ACCEPT\"}").statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(triage).count()).isZero();
    }

    @Test
    void anOfficerHandsATaskBackInTasklistAsTheyClaimedIt() throws Exception {
        HttpResponse<String> submitted = Http.as("officer-a", port).postJson("/api/disclosures", """
                {"title":"Tasklist unclaim","summary":"s","confidentialDescription":"c","trl":2,
                 "inventors":[{"name":"A","email":"a@una.example.org","affiliation":"X","sharePercent":100}]}""");
        String reference = JSON.readTree(submitted.body()).get("reference").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_Triage")
                .singleResult().getId();
        Http officer = Http.anonymous(port);
        String xsrf = tasklistLogin(officer, "officer-a");
        Http director = Http.anonymous(port);
        String directorXsrf = tasklistLogin(director, "director-a");

        assertThat(officer.post("/camunda/api/engine/engine/default/task/" + triage + "/claim", "application/json",
                "{\"userId\":\"officer-a\"}", xsrf).statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(triage).singleResult().getAssignee()).isEqualTo("officer-a");
        assertThat(director.post("/camunda/api/engine/engine/default/task/" + triage + "/unclaim",
                "application/json", "", directorXsrf).statusCode()).as("not the holder").isEqualTo(403);
        assertThat(officer.post("/camunda/api/engine/engine/default/task/" + triage + "/unclaim", "application/json",
                "", xsrf).statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(triage).singleResult().getAssignee()).isNull();
    }

    /** Signs in to Tasklist; answers the XSRF token the webapp's API then expects. */
    private static String tasklistLogin(Http browser, String username) {
        HttpResponse<String> page = browser.get("/camunda/app/tasklist/default/");
        String xsrf = xsrf(page).orElseThrow();
        HttpResponse<String> login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + username + "&password=demo", xsrf);
        assertThat(login.statusCode()).isEqualTo(200);
        // signing in starts a new session, whose token the webapp hands out with the next page it serves
        HttpResponse<String> after = browser.get("/camunda/app/tasklist/default/");
        return xsrf(after).or(() -> xsrf(login)).orElse(xsrf);
    }

    private static java.util.Optional<String> xsrf(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst();
    }

    /** The process instances of the tasks Tasklist shows the user, through the webapp's engine API. */
    private List<String> tasklistProcessInstances(String username) throws Exception {
        Http browser = Http.anonymous(port);
        HttpResponse<String> page = browser.get("/camunda/app/tasklist/default/");
        String xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + username + "&password=demo", xsrf).statusCode())
                .isEqualTo(200);
        HttpResponse<String> list = browser.get("/camunda/api/engine/engine/default/task?maxResults=1000");
        assertThat(list.statusCode()).isEqualTo(200);
        return JSON.readTree(list.body()).findValuesAsText("processInstanceId");
    }
}
