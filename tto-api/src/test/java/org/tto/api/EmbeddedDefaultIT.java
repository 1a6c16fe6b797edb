package org.tto.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;

/**
 * The quick start: the embedded default (an H2 file database, no profile) starts, migrates, deploys every process
 * model in bpmn/, creates the demo users, answers health and OpenAPI — and keeps its data across a restart.
 */
class EmbeddedDefaultIT {

    private static final Path BPMN_DIR = Path.of("..", "bpmn");

    @Test
    void startsMigratesDeploysAndSurvivesARestart() throws IOException {
        Path dataDir = Path.of("target", "embedded-default-" + UUID.randomUUID());
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tto") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> models = bpmnFiles();
        assertThat(models).as("process models in bpmn/").isNotEmpty();

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(app.getBean(Flyway.class).info().applied()).isNotEmpty();
            assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();

            List<ProcessDefinition> deployed = app.getBean(ProcessEngine.class).getRepositoryService()
                    .createProcessDefinitionQuery().latestVersion().list();
            assertThat(deployed).extracting(ProcessDefinition::getResourceName).containsAll(models);
            assertThat(deployed).as("each file is named after its process id, in kebab case")
                    .allSatisfy(definition -> assertThat(definition.getResourceName())
                            .isEqualTo(kebabCase(definition.getKey()) + ".bpmn"));

            List<AppUser> users = app.getBean(AppUserRepository.class).findAll();
            assertThat(users).extracting(AppUser::username).containsExactlyInAnyOrder("admin", "officer-a",
                    "director-a", "inventor-a", "officer-b", "coordinator-ke", "coordinator-vn", "reviewer");
            assertThat(users).filteredOn(user -> user.role() == Role.OFFICER)
                    .extracting(user -> user.institution().orElseThrow().code())
                    .containsExactlyInAnyOrder("UNA", "UNB");

            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            assertThat(Http.anonymous(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(Http.anonymous(port).get("/v3/api-docs").statusCode()).isEqualTo(200);
            assertThat(Http.anonymous(port).get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
            demoProgrammeRecords(port);
        }

        try (ConfigurableApplicationContext restarted = start(url)) {
            assertThat(restarted.getBean(AppUserRepository.class).count()).isEqualTo(8);
            assertThat(restarted.getBean(ProcessEngine.class).getRepositoryService()
                    .createProcessDefinitionQuery().list())
                    .as("unchanged models are not deployed again")
                    .hasSize(models.size());
        }
    }

    /**
     * The demo's programme records: the reviewer's programme view shows the sixteen indicators, every one with
     * records behind it, and UNA's first checkpoint shows what the records give beside what was submitted.
     */
    private static void demoProgrammeRecords(int port) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Http reviewer = Http.as("reviewer", port);
        JsonNode view = json.readTree(reviewer.get("/api/programme/view").body());
        Map<String, Integer> records = new TreeMap<>();
        view.get("expectedResults").forEach(result -> result.get("indicators").forEach(indicator -> {
            int counted = 0;
            for (JsonNode measure : indicator.get("measures")) {
                counted += measure.get("total").get("records").asInt();
            }
            records.merge(indicator.get("code").asText(), counted, Math::max);
        }));
        assertThat(records).hasSize(16);
        assertThat(records).as("records counted per indicator").allSatisfy((code, counted) ->
                assertThat(counted).as(code).isPositive());

        long plan = json.readTree(reviewer.get("/api/plans?institution=UNA").body()).get(0).get("id").asLong();
        long checkpoint = json.readTree(reviewer.get("/api/plans/" + plan).body()).get("checkpoints").get(0)
                .get("id").asLong();
        JsonNode values = json.readTree(reviewer.get("/api/checkpoints/" + checkpoint).body()).get("values");
        JsonNode staff = values.findParents("indicator").stream()
                .filter(v -> v.get("indicator").asText().equals("STAFF_RETAINED")).findFirst().orElseThrow();
        assertThat(staff.get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(staff.get("computed").decimalValue()).as("1 + 0.5 + 1 FTE in UNA's register")
                .isEqualByComparingTo("2.5");
        assertThat(staff.get("differsFromComputed").asBoolean()).isTrue();
        assertThat(staff.get("computedBasis").asText()).contains("Amina Otieno");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TtoApplication.class)
                .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
    }

    private static String kebabCase(String processId) {
        return processId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(BPMN_DIR)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn")).sorted()
                    .toList();
        }
    }
}
