package org.tto.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** Every state-changing request lands in the audit log, refused ones too; admins and directors read it. */
@TtoIntegrationTest
class AuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void acceptedAndRefusedRequestsAreRecordedWithWhoWhatAndTheRequestId() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refusedByRule = Http.as("officer-b", port)
                .postJson("/api/tasks/task-" + marker + "/triage", "{\"outcome\":\"ACCEPT\"}");
        HttpResponse<String> refusedByRole = Http.as("officer-a", port)
                .postJson("/engine-rest/process-definition/key/x-" + marker + "/start", "{}");
        HttpResponse<String> wrongPassword = Http.withPassword("officer-a", "guess", port)
                .postJson("/api/tasks/task-" + marker + "/claim", "");
        assertThat(refusedByRule.statusCode()).isEqualTo(404);
        assertThat(refusedByRole.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        String requestId = refusedByRule.headers().firstValue(AuditFilter.REQUEST_ID).orElseThrow();

        JsonNode byRule = only(Http.as("admin", port).get("/api/audit?entityType=tasks&entityId=task-" + marker
                + "&user=officer-b"));
        assertThat(byRule.get("role").asText()).isEqualTo("OFFICER");
        assertThat(byRule.get("action").asText()).isEqualTo("POST /api/tasks/{taskId}/triage");
        assertThat(byRule.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(byRule.get("httpStatus").asInt()).isEqualTo(404);
        assertThat(byRule.get("requestId").asText()).isEqualTo(requestId);
        assertThat(byRule.get("summary").asText()).contains("Not found");

        JsonNode all = JSON.readTree(Http.as("admin", port).get("/api/audit?size=200").body());
        assertThat(all.get("content").findValuesAsText("action"))
                .contains("POST /engine-rest/process-definition/key/x-" + marker + "/start");
        assertThat(all.get("content").findValuesAsText("username")).contains("?officer-a");
    }

    @Test
    void aSuccessfulChangeIsRecordedWithTheNewRecord() throws Exception {
        HttpResponse<String> created = Http.as("officer-a", port).postJson("/api/disclosures", """
                {"title":"Audited invention","summary":"s","confidentialDescription":"c","trl":3,
                 "inventors":[{"name":"A","email":"a@una.example.org","affiliation":"X","sharePercent":100}]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();

        JsonNode entry = only(Http.as("director-a", port).get("/api/audit?entityType=disclosures&entityId=" + id));
        assertThat(entry.get("username").asText()).isEqualTo("officer-a");
        assertThat(entry.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(entry.get("summary").asText()).contains("/api/disclosures/" + id);
    }

    @Test
    void directorsSeeTheirInstitutionOnlyAndOthersNothing() throws Exception {
        Http.as("officer-b", port).postJson("/api/tasks/unb-only/claim", "");

        assertThat(Http.as("admin", port).get("/api/audit?user=officer-b").body()).contains("officer-b");
        assertThat(JSON.readTree(Http.as("director-a", port).get("/api/audit?user=officer-b").body())
                .get("content")).isEmpty();
        assertThat(Http.as("officer-a", port).get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(Http.as("reviewer", port).get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void exportsCsv() throws IOException {
        Http.as("officer-a", port).postJson("/api/tasks/csv-export-probe/claim", "");

        HttpResponse<String> csv = Http.as("admin", port).get("/api/audit/export?entityId=csv-export-probe");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "occurred_at", "username", "role",
                "action");
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(List.of(row.get("username"), row.get("role"), row.get("action"), row.get("entity_type"),
                row.get("entity_id"), row.get("outcome"), row.get("http_status"))).containsExactly("officer-a",
                "OFFICER", "POST /api/tasks/{taskId}/claim", "tasks", "csv-export-probe", "REFUSED", "404");
    }

    private static JsonNode only(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode content = JSON.readTree(response.body()).get("content");
        assertThat(content).hasSize(1);
        return content.get(0);
    }
}
