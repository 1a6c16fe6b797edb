package org.tto.api.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.CaseJourney.parse;
import static org.tto.api.CaseJourney.readyForCommercialisation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.tto.testsupport.TestMail;

/**
 * A case's PCT filing over HTTP: its target offices are docketed under the same rules as the preview, one deadline
 * per route (FR with EP: one EP deadline; LU at 20 months), an unconfirmed figure shows as such in the case file, its
 * history and its reminder; a target that is no PCT office is a 400 problem.
 */
@TtoIntegrationTest
class PctFilingDeadlinesIT {

    private static final String SUBMISSION = """
            {"title":"Low-cost malaria rapid test","summary":"A paper strip.",
             "confidentialDescription":"Antibody recipe.","keywords":"malaria","trl":4,
             "inventors":[{"name":"Irene Wanjiru","email":"inventor-a@una.example.org","affiliation":"Chemistry",
                           "sharePercent":100,"username":"inventor-a"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPctFilingDocketsOneDeadlinePerRouteAndShowsAnUnconfirmedFigureAsSuch() throws Exception {
        Http officer = Http.as("officer-a", port);
        LocalDate priority = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        JsonNode ready = readyForCommercialisation(Http.as("inventor-a", port), officer, Http.as("director-a", port),
                SUBMISSION, priority);
        long id = ready.get("id").asLong();
        String provisional = "63/9" + id;
        String pct = """
                {"filings":[{"office":"WO","kind":"PCT","applicationNumber":"PCT/US/9%d","filingDate":"%s",
                  "priorityClaims":["%s"],"targetOffices":%s}]}""";

        HttpResponse<String> refused = officer.postJson("/api/disclosures/" + id + "/filings",
                pct.formatted(id, priority.plusDays(10), provisional, "[\"EP\",\"TW\"]"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(parse(refused).get("errors").get(0).get("field").asText()).isEqualTo("filings.targetOffices");
        assertThat(parse(refused).get("detail").asText())
                .isEqualTo("Target office TW is not a PCT contracting state or regional office.");

        assertThat(officer.postJson("/api/disclosures/" + id + "/filings",
                pct.formatted(id, priority.plusDays(10), provisional, "[\"FR\",\"EP\",\"LC\",\"LU\"]")).statusCode())
                .isEqualTo(200);

        JsonNode caseFile = parse(officer.get("/api/disclosures/" + id));
        Map<String, JsonNode> entries = StreamSupport.stream(caseFile.get("deadlines").spliterator(), false)
                .filter(d -> d.get("trace").get("ruleId").asText().startsWith("PCT-NP-"))
                .collect(Collectors.toMap(d -> d.get("trace").get("ruleId").asText(), d -> d));
        assertThat(entries.keySet()).containsExactlyInAnyOrder("PCT-NP-EP-I", "PCT-NP-LC-I", "PCT-NP-LU-I");
        assertThat(entries.get("PCT-NP-LU-I").get("dueDate").asText())
                .isEqualTo(weekdayFrom(priority.plusMonths(20)).toString());
        assertThat(entries.get("PCT-NP-EP-I").get("confirmed").asBoolean()).isTrue();
        JsonNode lc = entries.get("PCT-NP-LC-I");
        assertThat(lc.get("dueDate").asText()).isEqualTo(weekdayFrom(priority.plusMonths(30)).toString());
        assertThat(lc.get("confirmed").asBoolean()).isFalse();
        assertThat(lc.get("unconfirmedReason").asText()).contains("LC", "Information not yet available");
        assertThat(lc.get("trace").get("confirmed").asBoolean()).isFalse();
        List<String> steps = StreamSupport.stream(lc.get("steps").spliterator(), false).map(JsonNode::asText)
                .toList();
        assertThat(steps.get(0)).isEqualTo("Rule PCT-NP-LC-I: National/regional phase entry at LC (PCT Chapter I)");
        assertThat(steps.get(steps.size() - 1)).startsWith("Due " + lc.get("dueDate").asText() + " (unconfirmed: ");
        assertThat(caseFile.get("history").findValuesAsText("detail"))
                .anyMatch(detail -> detail.contains("rule PCT-NP-LC-I; unconfirmed: "));

        String watch = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("deadline-" + lc.get("id").asLong()).singleResult().getId();
        Job reminder = management.createJobQuery().processInstanceId(watch).timers().singleResult();
        management.executeJob(reminder.getId());
        TestMail.awaitOutboxIdle(jdbc);
        // GreenMail lists received mail mailbox by mailbox, not in the order sent: pick this case's reminder
        String reference = ready.get("reference").asText();
        List<MimeMessage> mails = TestMail.received().stream()
                .filter(mail -> subjectOf(mail).startsWith("[" + reference + "] National/regional phase entry at LC"))
                .toList();
        assertThat(mails).isNotEmpty().allSatisfy(mail -> assertThat(mail.getContent().toString())
                .contains("Rule: PCT-NP-LC-I", "UNCONFIRMED: ", "Information not yet available"));
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate weekdayFrom(LocalDate day) {
        LocalDate open = day;
        while (open.getDayOfWeek() == DayOfWeek.SATURDAY || open.getDayOfWeek() == DayOfWeek.SUNDAY) {
            open = open.plusDays(1);
        }
        return open;
    }
}
