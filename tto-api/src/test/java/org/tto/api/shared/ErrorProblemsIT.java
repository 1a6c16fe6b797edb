package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.CaseJourney.readyForCommercialisation;
import static org.tto.api.shared.StrictJsonIT.assertProblem;
import static org.tto.api.shared.StrictJsonIT.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Every error is a problem with a stable type, whoever answers it: Tomcat (a NUL or an encoded slash in the path),
 * Spring Security's firewall (a {@code ;}), the security chain (401, 403), the webapps' CSRF refusal; and a record out
 * of sight answers its own 404, never its parent's.
 */
@TtoIntegrationTest
class ErrorProblemsIT {

    @LocalServerPort
    int port;

    @Test
    void whatTomcatRefusesIsAProblem() {
        Http officer = Http.as("officer-a", port);
        for (String path : new String[] {"/api/disclosures/%00", "/api/disclosures/1%00", "/api/%2e%2e%2fadmin/users",
            "/api/disclosures/%2e%2e%2f%2e%2e%2fadmin", "/api/disclosures/%2F1", "/api/disclosures/%ff%fe"}) {
            var response = officer.get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertProblem(response, response.statusCode());
        }
    }

    @Test
    void whatTheFirewallRefusesIsAProblem() {
        Http officer = Http.as("officer-a", port);
        for (String path : new String[] {"/api/disclosures;jsessionid=1", "/api/disclosures/1;x=y",
            "/api/;/disclosures", "/api/disclosures/%3B1", "/api/disclosures/%5C1"}) {
            JsonNode problem = assertProblem(officer.get(path), 400);
            assertThat(problem.get("type").asText()).as(path)
                    .isEqualTo("https://tto.example.org/problems/request-rejected");
        }
    }

    @Test
    void theSecurityChainsRefusalsAreProblems() {
        assertThat(assertProblem(Http.anonymous(port).get("/api/me"), 401).get("type").asText())
                .isEqualTo("https://tto.example.org/problems/unauthenticated");
        assertProblem(Http.withPassword("officer-a", "wrong", port).get("/api/me"), 401);
        assertProblem(Http.as("officer-a", port).get("/engine-rest/process-definition"), 403);
        assertProblem(Http.as("officer-a", port).get("/actuator/prometheus"), 403);
        assertProblem(Http.as("officer-a", port).get("/api/no-such-thing"), 404);
        assertProblem(Http.anonymous(port).get("/error"), 404);
    }

    @Test
    void theWebappsCsrfRefusalIsAProblem() {
        var refused = Http.anonymous(port).post("/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=officer-a&password=demo", null);

        assertThat(assertProblem(refused, 403).get("type").asText())
                .isEqualTo("https://tto.example.org/problems/forbidden");
    }

    @Test
    void aRecordOutOfSightAnswersItsOwnNotFoundNeverItsParents() {
        Http inventor = Http.as("inventor-a", port);
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        long caseId = readyForCommercialisation(inventor, officer, director, StrictJsonIT.disclosure("\"trl\": 4"),
                LocalDate.now().minusDays(3)).get("id").asLong();
        long prospect = parse(officer.postJson("/api/disclosures/" + caseId + "/prospects", """
                {"company":"Maji Safi Ltd","size":"SMALL","country":"KE","linkedToInventor":false}""")).get("id")
                .asLong();

        Http otherOfficer = Http.as("officer-b", port);
        for (HttpResponse<String> response : List.of(otherOfficer.get("/api/prospects/" + prospect),
            otherOfficer.postJson("/api/prospects/" + prospect + "/interactions", """
                    {"occurredOn":"%s","channel":"MEETING","summary":"A call"}""".formatted(LocalDate.now())),
            otherOfficer.postJson("/api/prospects/" + prospect + "/status", "{\"status\":\"DECLINED\"}"))) {
            JsonNode problem = assertProblem(response, 404);
            assertThat(problem.get("detail").asText()).isEqualTo("prospect " + prospect + " was not found")
                    .doesNotContain("disclosure").doesNotContain(Long.toString(caseId) + " ");
        }
        assertThat(parse(officer.get("/api/prospects/" + prospect)).get("status").asText()).isNotEqualTo("DECLINED");
    }
}
