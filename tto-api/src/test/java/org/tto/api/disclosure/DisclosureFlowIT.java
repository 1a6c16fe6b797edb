package org.tto.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.disclosure.DisclosureJson.disclosure;
import static org.tto.api.disclosure.DisclosureJson.parse;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.testsupport.TestMail;

/**
 * A disclosure from submission to ready for commercialisation, over HTTP on the real MariaDB, as the demo users do
 * it: novelty risk, questions to the inventor, assessment, the director's decision, a filing, its docketed deadlines
 * with their traces, a reminder e-mail, and the deadline closed. Along the way, UNB's officer sees none of it.
 */
@TtoIntegrationTest
class DisclosureFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Test
    void fromSubmissionToReadyForCommercialisation() throws Exception {
        Http inventor = Http.as("inventor-a", port);
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        Http otherOfficer = Http.as("officer-b", port);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // The inventor submits, with a conference talk planned before anything is filed.
        HttpResponse<String> submitted = inventor.postJson("/api/disclosures",
                disclosure("Fluoride-removing ceramic membrane", "40", today.plusDays(60)));
        assertThat(submitted.statusCode()).isEqualTo(201);
        JsonNode caseFile = parse(submitted);
        long id = caseFile.get("id").asLong();
        String reference = caseFile.get("reference").asText();
        assertThat(reference).matches("UNA-" + today.getYear() + "-\\d{4}");
        assertThat(submitted.headers().firstValue("Location")).contains("/api/disclosures/" + id);
        assertThat(caseFile.get("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(caseFile.get("noveltyAtRisk").asBoolean()).isTrue();
        JsonNode risk = caseFile.get("noveltyRisks").get(0);
        assertThat(effects(risk, "DESTROYS_NOVELTY")).contains("EP");
        assertThat(effects(risk, "GRACE_PERIOD")).contains("US");

        // The officers get the triage and an urgent novelty task; UNB's officer sees neither, nor the case.
        JsonNode inbox = parse(officer.get("/api/tasks"));
        String noveltyTask = taskOf(inbox, reference, "Task_ActOnNoveltyRisk");
        String triageTask = taskOf(inbox, reference, "Task_Triage");
        assertThat(parse(otherOfficer.get("/api/tasks")).findValuesAsText("reference")).doesNotContain(reference);
        assertThat(otherOfficer.get("/api/disclosures/" + id).statusCode()).isEqualTo(404);
        assertThat(otherOfficer.postJson("/api/tasks/" + triageTask + "/triage", "{\"outcome\":\"ACCEPT\"}")
                .statusCode()).isEqualTo(404);
        assertThat(otherOfficer.postJson("/api/tasks/" + triageTask + "/claim", "").statusCode()).isEqualTo(404);

        assertThat(officer.postJson("/api/tasks/" + noveltyTask + "/novelty-action",
                "{\"action\":\"Provisional to be filed before the talk\"}").statusCode()).isEqualTo(204);

        // Triage asks the inventor a question; the inventor answers; triage accepts.
        assertThat(officer.postJson("/api/tasks/" + triageTask + "/claim", "").statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + triageTask + "/triage",
                "{\"outcome\":\"MORE_INFO\",\"note\":\"Which clay deposits did you test?\"}").statusCode())
                .isEqualTo(204);
        String answerTask = taskOf(parse(inventor.get("/api/tasks")), reference, "Task_AnswerTriageQuestions");
        assertThat(inventor.postJson("/api/tasks/" + answerTask + "/answer",
                "{\"answers\":\"Kajiado and Kitui deposits, 40 samples\"}").statusCode()).isEqualTo(204);
        triageTask = taskOf(parse(officer.get("/api/tasks")), reference, "Task_Triage");
        assertThat(officer.postJson("/api/tasks/" + triageTask + "/triage", "{\"outcome\":\"ACCEPT\"}").statusCode())
                .isEqualTo(204);

        // Assessment, then the director's decision (an officer may not take it).
        String assessTask = taskOf(parse(officer.get("/api/tasks")), reference, "Task_AssessPatentability");
        assertThat(officer.postJson("/api/tasks/" + assessTask + "/assessment", """
                {"novelty":"NO_RELEVANT_PRIOR_ART","priorArt":"Nearest: WO2019/123456 (alumina membranes)",
                 "inventiveStep":4,"industrialApplicability":5,"marketPotential":4,"trl":4,
                 "recommendation":"FILE_PROVISIONAL","comments":"Strong rural-water market"}""").statusCode())
                .isEqualTo(204);
        String decideTask = taskOf(parse(director.get("/api/tasks")), reference, "Task_DecideProtection");
        assertThat(parse(officer.get("/api/tasks")).findValuesAsText("id")).doesNotContain(decideTask);
        assertThat(director.postJson("/api/tasks/" + decideTask + "/protection-decision",
                "{\"outcome\":\"FILE_PROVISIONAL\",\"reason\":\"Secure priority before the conference talk\"}")
                .statusCode()).isEqualTo(204);

        // The filing: a US provisional, ten days ago. Its deadlines are docketed and watched.
        String filingTask = taskOf(parse(officer.get("/api/tasks")), reference, "Task_RecordFilings");
        LocalDate filed = today.minusDays(10);
        assertThat(officer.postJson("/api/tasks/" + filingTask + "/filings", """
                {"filings":[{"office":"US","kind":"PROVISIONAL","applicationNumber":"63/%d",
                  "filingDate":"%s"}]}""".formatted(id, filed)).statusCode()).isEqualTo(204);

        caseFile = parse(officer.get("/api/disclosures/" + id));
        assertThat(caseFile.get("status").asText()).isEqualTo("READY_FOR_COMMERCIALISATION");
        assertThat(caseFile.get("noveltyAtRisk").asBoolean()).as("the talk now comes after the filing").isFalse();
        assertThat(caseFile.get("filings")).hasSize(1);
        assertThat(caseFile.get("assessments").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(caseFile.get("decision").get("decidedBy").asText()).isEqualTo("director-a");
        JsonNode deadlines = caseFile.get("deadlines");
        assertThat(deadlines).isNotEmpty();
        for (JsonNode deadline : deadlines) {
            JsonNode trace = deadline.get("trace");
            assertThat(trace.get("ruleId").asText()).isNotBlank();
            assertThat(trace.get("legalBasis").asText()).isNotBlank();
            assertThat(trace.get("anchorDate").asText()).isEqualTo(filed.toString());
            assertThat(LocalDate.parse(trace.get("dueDate").asText()))
                    .isAfterOrEqualTo(LocalDate.parse(trace.get("rawDate").asText()));
        }
        assertThat(deadlines.findValuesAsText("dueDate")).allSatisfy(due -> assertThat(LocalDate.parse(due))
                .isBetween(filed.plusMonths(12), filed.plusMonths(12).plusDays(4)));
        assertThat(caseFile.get("history").findValuesAsText("action")).containsSubsequence("SUBMITTED",
                "NOVELTY_RISK_HANDLED", "TRIAGED_MORE_INFO", "ANSWERED", "TRIAGED_ACCEPT", "ASSESSED",
                "DECIDED_FILE_PROVISIONAL", "FILING_RECORDED", "DEADLINE_DOCKETED", "READY_FOR_COMMERCIALISATION");

        // The case waits for the officers to choose its commercialisation routes; licensing calls its own process.
        String routesTask = taskOf(parse(officer.get("/api/tasks")), reference, "Task_ChooseCommercialisationRoutes");
        HttpResponse<String> none = officer.postJson("/api/tasks/" + routesTask + "/commercialisation-routes",
                "{\"licensing\":false,\"startup\":false}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(officer.postJson("/api/tasks/" + routesTask + "/commercialisation-routes",
                "{\"licensing\":true,\"startup\":false}").statusCode()).isEqualTo(204);
        assertThat(taskOf(parse(officer.get("/api/tasks")), reference, "Task_PrepareBrief")).isNotBlank();
        assertThat(parse(officer.get("/api/disclosures/" + id + "/licensing-paths")).get(0).get("startedBy").asText())
                .isEqualTo("officer-a");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("inventionDisclosure").singleResult().getEndTime())
                .as("the case's process waits for its routes").isNull();

        // The 90-day reminder of the first deadline reaches the officers by e-mail and is recorded on the case.
        long deadlineId = deadlines.get(0).get("id").asLong();
        String watch = runtime.createProcessInstanceQuery().processInstanceBusinessKey("deadline-" + deadlineId)
                .singleResult().getId();
        Job reminder = management.createJobQuery().processInstanceId(watch).timers().singleResult();
        int mailsBefore = TestMail.received().size();
        management.executeJob(reminder.getId());
        TestMail.awaitOutboxIdle(jdbc);
        List<MimeMessage> mails = TestMail.received().subList(mailsBefore, TestMail.received().size());
        assertThat(mails).as("one copy per recipient").isNotEmpty().allSatisfy(mail -> assertThat(mail.getSubject())
                .contains(reference).contains("90-day reminder"));
        assertThat(mails.get(0).getAllRecipients()).extracting(Object::toString)
                .contains("officer-a@una.example.org", "director-a@una.example.org")
                .noneMatch(address -> address.endsWith("@unb.example.org"));
        assertThat(parse(officer.get("/api/disclosures/" + id)).get("history").findValuesAsText("action"))
                .contains("DEADLINE_REMINDER_90");

        // The same application cannot be recorded twice, on any case.
        String laterFiling = """
                {"filings":[{"office":"US","kind":"PROVISIONAL","applicationNumber":"63/%d","filingDate":"%s"}]}"""
                .formatted(id, filed);
        assertThat(officer.postJson("/api/disclosures/" + id + "/filings", laterFiling).statusCode()).isEqualTo(409);

        // Done: the deadline is closed and its watch ends.
        HttpResponse<String> closed = officer.postJson("/api/disclosures/" + id + "/deadlines/" + deadlineId
                + "/close", "{\"outcome\":\"DONE\",\"reason\":\"Non-provisional filed\"}");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(parse(closed).get("status").asText()).isEqualTo("DONE");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(watch).count()).isZero();
        assertThat(officer.postJson("/api/disclosures/" + id + "/deadlines/" + deadlineId + "/close",
                "{\"outcome\":\"DONE\"}").statusCode()).as("closing twice").isEqualTo(409);
    }

    private static List<String> effects(JsonNode risk, String effect) {
        return StreamSupport.stream(risk.get("jurisdictions").spliterator(), false)
                .filter(j -> effect.equals(j.get("effect").asText()))
                .map(j -> j.get("code").asText()).toList();
    }

    private static String taskOf(JsonNode inbox, String reference, String key) {
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(task -> reference.equals(task.get("reference").asText()) && key.equals(task.get("key").asText()))
                .map(task -> task.get("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " task for " + reference + " in " + inbox));
    }
}
