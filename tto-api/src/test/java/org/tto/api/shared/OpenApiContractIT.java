package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * The API's contract, read from the OpenAPI document the application serves: every operation says what it does (a
 * summary) and declares the problems it can answer, each as {@code application/problem+json} with the Problem schema
 * — 401 and 403 everywhere (nothing is public), 400 where the caller sends something, 404 where the path names a
 * record, 409 where it changes one, 503 when the database is away.
 */
@TtoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    private JsonNode document;

    @BeforeAll
    void read() throws Exception {
        document = new ObjectMapper().readTree(Http.anonymous(port).get("/v3/api-docs").body());
    }

    @Test
    void everyOperationHasASummary() {
        List<String> silent = new ArrayList<>();
        operations((label, operation) -> {
            if (operation.path("summary").asText("").isBlank()) {
                silent.add(label);
            }
        });
        assertThat(silent).as("operations without a summary").isEmpty();
    }

    @Test
    void everyOperationDeclaresItsProblems() {
        List<String> undeclared = new ArrayList<>();
        operations((label, operation) -> {
            String method = label.substring(0, label.indexOf(' ')).toLowerCase();
            String path = label.substring(label.indexOf(' ') + 1);
            List<String> owed = new ArrayList<>(List.of("401", "403", "503"));
            boolean sends = operation.has("requestBody") || operation.path("parameters").size() > 0;
            if (sends) {
                owed.add("400");
            }
            if (path.contains("{")) {
                owed.add("404");
            }
            if (!"get".equals(method)) {
                owed.add("409");
            }
            for (String status : owed) {
                JsonNode schema = operation.path("responses").path(status).path("content")
                        .path("application/problem+json").path("schema");
                if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                    undeclared.add(label + " " + status);
                }
            }
        });
        assertThat(undeclared).as("problem responses not declared as application/problem+json").isEmpty();
    }

    @Test
    void theProblemSchemaIsRfc9457s() {
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance");
        assertThat(problem.path("properties").path("status").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void theDocumentCoversTheApiAndNotThePages() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/disclosures", "/api/tasks/{taskId}/claim", "/api/programme/view")
                .allMatch(path -> path.startsWith("/api/"), "every documented path is under /api/");
    }

    private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    each.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }
}
