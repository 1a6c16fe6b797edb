package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Institution scoping in the engine itself: in Tasklist (the webapp's own API, with the engine's authorization checks)
 * and in a task query by candidate user, UNB's officer sees none of UNA's tasks, and UNA's officer sees them.
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
