package org.tto.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;

/**
 * The whole life of an implementation plan over HTTP, on MariaDB, as the demo coordinator and reviewer live it: from
 * needs assessment to operational, a failed checkpoint and the at-risk detour with remediation and a re-check, to
 * sustainable — with every refusal on the way answered 409 with the rule that failed, and the history at the end.
 */
@TtoIntegrationTest
class PlanJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DIMENSIONS = {"GOVERNANCE_AND_IP_POLICY", "STAFFING_AND_SKILLS", "PROCEDURES",
        "FUNDING", "SERVICES_AND_NETWORKS"};

    @LocalServerPort
    int port;

    @Autowired
    InstitutionRepository institutions;

    private Http coordinator;
    private Http reviewer;
    private String institution;

    @BeforeEach
    void aKenyanInstitutionWithoutAPlan() {
        coordinator = Http.as("coordinator-ke", port);
        reviewer = Http.as("reviewer", port);
        institution = "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        institutions.save(new Institution(institution, "Journey University " + institution, "KE", 7));
    }

    @Test
    void fromNeedsAssessmentThroughTheAtRiskDetourToSustainable() {
        // the coordinator opens the plan
        JsonNode plan = ok(coordinator.postJson("/api/plans", "{\"institution\":\"" + institution + "\"}"), 201);
        long id = plan.get("id").asLong();
        String base = "/api/plans/" + id;
        assertThat(plan.get("state").asText()).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(texts(plan.get("allowedEvents"))).containsExactlyInAnyOrder("SUSPEND", "CLOSE");

        // needs assessment: refused until every dimension has findings
        refused(coordinator.postJson(base + "/events/COMPLETE_ASSESSMENT", "{}"), "findings-for-every-dimension");
        for (String dimension : DIMENSIONS) {
            ok(coordinator.putJson(base + "/findings/" + dimension, "{\"finding\":\"Weak " + dimension
                    + "\",\"version\":" + version(base) + "}"), 200);
        }
        assertThat(texts(get(base).get("allowedEvents"))).contains("COMPLETE_ASSESSMENT");
        event(base, "COMPLETE_ASSESSMENT", "NEEDS_ASSESSED");

        // the action plan: items for four dimensions, one without an owner, no budget
        refused(coordinator.postJson(base + "/events/DRAFT_ACTION_PLAN", "{}"), "action-items-drafted");
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String owner = i == 0 ? "null" : "\"Owner " + i + "\"";
            items.add(ok(coordinator.postJson(base + "/action-items", "{\"title\":\"Item " + i + "\",\"dimension\":\""
                    + DIMENSIONS[i] + "\",\"owner\":" + owner + ",\"dueDate\":\"" + LocalDate.now().plusMonths(6)
                    + "\",\"mandatory\":true}"), 201).get("id").asLong());
        }
        event(base, "DRAFT_ACTION_PLAN", "ACTION_PLAN_DRAFTED");
        JsonNode refusal = refused(coordinator.postJson(base + "/events/APPROVE_ACTION_PLAN", "{}"),
                "action-item-for-every-dimension", "action-items-have-owner-and-due-date", "budget-planned");
        assertThat(refusal.get("type").asText()).endsWith("/rule-violation");
        assertThat(get(base).get("state").asText()).as("a refused event changes nothing")
                .isEqualTo("ACTION_PLAN_DRAFTED");

        items.add(ok(coordinator.postJson(base + "/action-items", "{\"title\":\"Join the national TTO network\","
                + "\"dimension\":\"SERVICES_AND_NETWORKS\",\"owner\":\"Director\",\"dueDate\":\""
                + LocalDate.now().plusMonths(9) + "\",\"mandatory\":false}"), 201).get("id").asLong());
        ok(coordinator.putJson(base + "/action-items/" + items.get(0), "{\"title\":\"Adopt the IP policy\","
                + "\"dimension\":\"GOVERNANCE_AND_IP_POLICY\",\"owner\":\"University Senate\",\"dueDate\":\""
                + LocalDate.now().plusMonths(3) + "\",\"mandatory\":true,\"version\":" + version(base) + "}"), 200);
        problem(coordinator.postJson(base + "/budget-lines", "{\"description\":\"x\",\"amount\":-5,"
                + "\"currency\":\"usd\",\"source\":\"PROGRAMME\"}"), 400);
        ok(coordinator.postJson(base + "/budget-lines", "{\"description\":\"Two TTO officers, two years\","
                + "\"amount\":120000.00,\"currency\":\"USD\",\"source\":\"PROGRAMME\"}"), 201);
        ok(coordinator.postJson(base + "/budget-lines", "{\"description\":\"Office and patent fees\","
                + "\"amount\":3500000,\"currency\":\"KES\",\"source\":\"INSTITUTION\"}"), 201);
        event(base, "APPROVE_ACTION_PLAN", "ACTION_PLAN_APPROVED");
        event(base, "START_IMPLEMENTATION", "IMPLEMENTING");

        // implementing: operational only when every mandatory item is done with evidence
        refused(coordinator.postJson(base + "/events/DECLARE_OPERATIONAL", "{}"),
                "mandatory-items-done-with-evidence");
        problem(coordinator.postJson(base + "/action-items/" + items.get(0) + "/completion", "{\"evidence\":[]}"),
                400);
        for (long item : items.subList(0, 4)) {
            JsonNode done = ok(coordinator.postJson(base + "/action-items/" + item + "/completion",
                    "{\"evidence\":[\"https://docs.example.org/" + item + "\"]}"), 200);
            assertThat(done.get("status").asText()).isEqualTo("DONE");
        }
        JsonNode progress = get(base).get("progress");
        assertThat(progress.get("mandatoryDone").asInt()).isEqualTo(4);
        assertThat(progress.get("mandatoryTotal").asInt()).isEqualTo(4);
        event(base, "DECLARE_OPERATIONAL", "OPERATIONAL");

        JsonNode operational = get(base);
        assertThat(operational.get("operationalOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(operational.get("checkpoints")).hasSize(3);
        assertThat(operational.get("checkpoints").get(0).get("dueDate").asText())
                .isEqualTo(LocalDate.now().plusMonths(12).toString());
        assertThat(operational.get("nextCheckpoint").asText()).isEqualTo(LocalDate.now().plusMonths(12).toString());
        assertThat(operational.get("budgetTotals").get("USD").decimalValue()).isEqualByComparingTo("120000");
        long first = operational.get("checkpoints").get(0).get("id").asLong();
        long second = operational.get("checkpoints").get(1).get("id").asLong();
        long third = operational.get("checkpoints").get(2).get("id").asLong();

        // who may do what
        problem(reviewer.postJson(base + "/events/SUSPEND", "{\"reason\":\"x\"}"), 403);
        problem(Http.as("coordinator-vn", port).get(base), 404);
        problem(Http.as("officer-b", port).get(base), 404);
        problem(coordinator.postJson("/api/checkpoints/" + first + "/verdict", "{\"verdict\":\"PASS\"}"), 403);
        problem(coordinator.get("/api/checkpoints/awaiting-verdict"), 403);

        // the 12-month checkpoint fails: at risk, with remediation
        submit(first, "20");
        assertThat(ok(reviewer.get("/api/checkpoints/awaiting-verdict"), 200).findValues("id"))
                .extracting(JsonNode::asLong).contains(first);
        refused(reviewer.postJson("/api/checkpoints/" + first + "/verdict",
                "{\"verdict\":\"FAIL\",\"reasons\":\"Budget still 80 % programme-funded\"}"), "remediation-planned");
        assertThat(ok(reviewer.get("/api/checkpoints/" + first), 200).get("status").asText())
                .as("the refused verdict changed nothing").isEqualTo("SUBMITTED");
        JsonNode failed = ok(reviewer.postJson("/api/checkpoints/" + first + "/verdict",
                "{\"verdict\":\"FAIL\",\"reasons\":\"Budget still 80 % programme-funded\",\"comments\":\"Act now\","
                        + "\"remediation\":[{\"title\":\"Secure a university budget line for the TTO\","
                        + "\"dimension\":\"FUNDING\",\"owner\":\"Bursar\",\"dueDate\":\""
                        + LocalDate.now().plusMonths(3) + "\"}]}"), 200);
        assertThat(failed.get("transitions").get(0).get("to").asText()).isEqualTo("AT_RISK");
        JsonNode atRisk = get(base);
        assertThat(atRisk.get("state").asText()).isEqualTo("AT_RISK");
        JsonNode remediation = atRisk.get("actionItems").get(items.size());
        assertThat(remediation.get("remediationFor").asLong()).isEqualTo(first);
        assertThat(remediation.get("mandatory").asBoolean()).isTrue();
        JsonNode recheck = atRisk.get("checkpoints").findParents("kind").stream()
                .filter(c -> c.get("kind").asText().equals("RECHECK")).findFirst().orElseThrow();
        assertThat(recheck.get("dueDate").asText()).isEqualTo(LocalDate.now().plusMonths(4).toString());

        // back to operational only when remediation is done and a re-check passes
        refused(coordinator.postJson(base + "/events/RECOVER", "{}"), "remediation-done-with-evidence",
                "re-check-passed");
        ok(coordinator.postJson(base + "/action-items/" + remediation.get("id").asLong() + "/completion",
                "{\"evidence\":[\"Council resolution 2026/14\"]}"), 200);
        submit(recheck.get("id").asLong(), "55");
        JsonNode recovered = ok(reviewer.postJson("/api/checkpoints/" + recheck.get("id").asLong() + "/verdict",
                "{\"verdict\":\"PASS\",\"comments\":\"Budget line secured\"}"), 200);
        assertThat(recovered.get("transitions").get(0).get("event").asText()).isEqualTo("RECOVER");
        assertThat(get(base).get("state").asText()).isEqualTo("OPERATIONAL");

        // the 24-month checkpoint passes under conditions, the 36-month one passes: sustainable
        submit(second, "60");
        JsonNode conditional = ok(reviewer.postJson("/api/checkpoints/" + second + "/verdict",
                "{\"verdict\":\"CONDITIONAL\",\"conditions\":[{\"description\":\"File the first PCT application\","
                        + "\"dueDate\":\"" + LocalDate.now().plusMonths(30) + "\"}]}"), 200);
        assertThat(conditional.get("transitions")).isEmpty();
        assertThat(conditional.get("checkpoint").get("conditions")).hasSize(1);
        assertThat(conditional.get("checkpoint").get("conditions").get(0).hasNonNull("metOn")).isFalse();
        problem(reviewer.postJson("/api/checkpoints/" + second + "/conditions/0/met", "{}"), 403);
        problem(coordinator.postJson("/api/checkpoints/" + second + "/conditions/1/met", "{}"), 404);
        JsonNode met = ok(coordinator.postJson("/api/checkpoints/" + second + "/conditions/0/met", "{}"), 200);
        assertThat(met.get("conditions").get(0).get("metOn").asText()).isEqualTo(LocalDate.now().toString());
        refused(coordinator.postJson(base + "/events/DECLARE_SUSTAINABLE", "{}"), "last-checkpoint-passed");
        submit(third, "70");
        JsonNode last = ok(reviewer.postJson("/api/checkpoints/" + third + "/verdict", "{\"verdict\":\"PASS\"}"), 200);
        assertThat(last.get("transitions").get(0).get("to").asText()).isEqualTo("SUSTAINABLE");

        // the whole life, in the history
        JsonNode history = ok(reviewer.get(base + "/history"), 200);
        assertThat(history.findValues("event")).extracting(JsonNode::asText).containsExactly("COMPLETE_ASSESSMENT",
                "DRAFT_ACTION_PLAN", "APPROVE_ACTION_PLAN", "START_IMPLEMENTATION", "DECLARE_OPERATIONAL",
                "CHECKPOINT_FAILED", "RECOVER", "DECLARE_SUSTAINABLE");
        assertThat(history.findValues("to")).extracting(JsonNode::asText).containsExactly("NEEDS_ASSESSED",
                "ACTION_PLAN_DRAFTED", "ACTION_PLAN_APPROVED", "IMPLEMENTING", "OPERATIONAL", "AT_RISK",
                "OPERATIONAL", "SUSTAINABLE");
        assertThat(history.get(5).get("actor").asText()).isEqualTo("reviewer");
        assertThat(history.get(5).get("reason").asText()).contains("80 %");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("coordinator-ke");

        JsonNode listed = ok(coordinator.get("/api/plans?institution=" + institution), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("state").asText()).isEqualTo("SUSTAINABLE");
        assertThat(texts(listed.get(0).get("allowedEvents"))).as("a sustainable plan can only be closed")
                .containsExactly("CLOSE");
        assertThat(ok(coordinator.get("/api/plans?country=KE"), 200).findValues("institution"))
                .extracting(JsonNode::asText).contains(institution);
        problem(Http.as("coordinator-vn", port).get("/api/plans?country=KE"), 404);
        assertThat(ok(Http.as("coordinator-vn", port).get("/api/plans"), 200).findValues("institution"))
                .extracting(JsonNode::asText).doesNotContain(institution);
    }

    @Test
    void suspensionCarriesAReasonAndResumesWhereItStopped() {
        long id = ok(coordinator.postJson("/api/plans", "{\"institution\":\"" + institution + "\"}"), 201)
                .get("id").asLong();
        String base = "/api/plans/" + id;

        refused(coordinator.postJson(base + "/events/SUSPEND", "{}"), "reason-given");
        JsonNode suspended = ok(coordinator.postJson(base + "/events/SUSPEND",
                "{\"reason\":\"Rector's office vacant\"}"), 200);
        assertThat(suspended.get("to").asText()).isEqualTo("SUSPENDED");
        assertThat(texts(get(base).get("allowedEvents"))).containsExactlyInAnyOrder("RESUME", "CLOSE");
        event(base, "RESUME", "NEEDS_ASSESSMENT");
        problem(coordinator.postJson("/api/plans", "{\"institution\":\"" + institution + "\"}"), 409);
        refused(coordinator.postJson(base + "/events/CHECKPOINT_FAILED", "{}"), "sent-by-verdict");
        problem(coordinator.postJson(base + "/events/NOT_AN_EVENT", "{}"), 400);
        JsonNode closed = ok(coordinator.postJson(base + "/events/CLOSE", "{\"reason\":\"Merged with UNB\"}"), 200);
        assertThat(closed.get("reason").asText()).isEqualTo("Merged with UNB");
        problem(coordinator.putJson(base + "/findings/FUNDING", "{\"finding\":\"late\",\"version\":"
                + version(base) + "}"), 409);
    }

    @Test
    void twoEditsMadeOnTheSameVersionOfAPlanGiveOneChangeAndA409WithTheCurrentVersion() throws Exception {
        String base = "/api/plans/" + ok(coordinator.postJson("/api/plans", "{\"institution\":\"" + institution
                + "\"}"), 201).get("id").asLong();
        long read = version(base);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> edits = new ArrayList<>();
            for (String value : List.of("3", "5")) {
                edits.add(two.submit(() -> {
                    start.await();
                    return coordinator.putJson(base + "/targets/AGREEMENTS_EXECUTED", "{\"target\":" + value
                            + ",\"version\":" + read + "}");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var edit : edits) {
                statuses.add(edit.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            two.shutdownNow();
        }
        JsonNode stale = problem(coordinator.putJson(base + "/targets/AGREEMENTS_EXECUTED",
                "{\"target\":7,\"version\":" + read + "}"), 409);
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(version(base)).isGreaterThan(read);
        assertThat(stale.get("detail").asText()).contains("you read version " + read);
        problem(coordinator.putJson(base + "/targets/AGREEMENTS_EXECUTED", "{\"target\":7}"), 400);
    }

    private long version(String base) {
        return get(base).get("version").asLong();
    }

    @Test
    void officersReadTheirOwnInstitutionsPlanOnlyAndTheApiIsDocumented() {
        HttpResponse<String> unaPlans = Http.as("officer-a", port).get("/api/plans?institution=UNA");
        assertThat(unaPlans.statusCode()).isEqualTo(200);
        problem(Http.as("officer-a", port).get("/api/plans?institution=UNB"), 404);
        problem(Http.as("inventor-a", port).get("/api/plans?institution=UNA"), 403);
        problem(Http.as("officer-a", port).postJson("/api/plans", "{\"institution\":\"UNA\"}"), 403);

        String openApi = Http.anonymous(port).get("/v3/api-docs").body();
        assertThat(openApi).contains("/api/plans/{id}/events/{event}", "/api/checkpoints/awaiting-verdict",
                "/api/checkpoints/{id}/verdict", "DECLARE_OPERATIONAL").doesNotContain("\"name\":\"actor\"");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void submit(long checkpoint, String budgetShare) {
        JsonNode submitted = ok(coordinator.postJson("/api/checkpoints/" + checkpoint + "/submission",
                "{\"values\":{\"NON_PROGRAMME_BUDGET_SHARE\":" + budgetShare + ",\"STAFF_RETAINED\":2,"
                        + "\"DISCLOSURES_LAST_12_MONTHS\":6,\"AGREEMENTS_EXECUTED\":1,"
                        + "\"INCOME_TO_OPERATING_COST\":0.3}}"), 200);
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("values")).hasSize(5);
        // beside each submitted value, what the institution's records gave: no staff in its register, and its
        // budget is in two currencies (no share computed across them)
        JsonNode staff = value(submitted, "STAFF_RETAINED");
        assertThat(staff.get("computed").decimalValue()).isEqualByComparingTo("0");
        assertThat(staff.get("differsFromComputed").asBoolean()).isTrue();
        assertThat(staff.get("computedBasis").asText()).startsWith("FTE of the staff register in post on");
        assertThat(value(submitted, "NON_PROGRAMME_BUDGET_SHARE").hasNonNull("computed")).isFalse();
        assertThat(submitted.get("computedNow").findValuesAsText("indicator")).contains("STAFF_RETAINED",
                "DISCLOSURES_LAST_12_MONTHS", "AGREEMENTS_EXECUTED").doesNotContain("NON_PROGRAMME_BUDGET_SHARE");
    }

    private static JsonNode value(JsonNode checkpoint, String indicator) {
        return checkpoint.get("values").findParents("indicator").stream()
                .filter(v -> v.get("indicator").asText().equals(indicator)).findFirst().orElseThrow();
    }

    private void event(String base, String event, String expectedState) {
        JsonNode transition = ok(coordinator.postJson(base + "/events/" + event, "{}"), 200);
        assertThat(transition.get("to").asText()).isEqualTo(expectedState);
    }

    private JsonNode get(String path) {
        return ok(coordinator.get(path), 200);
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return parse(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return parse(response.body());
    }

    /** 409, with exactly these rules failed. */
    private static JsonNode refused(HttpResponse<String> response, String... failedRules) {
        JsonNode problem = problem(response, 409);
        List<String> failed = new ArrayList<>();
        problem.get("rules").forEach(rule -> {
            if (!rule.get("passed").asBoolean()) {
                failed.add(rule.get("rule").asText());
            }
        });
        assertThat(failed).containsExactlyInAnyOrder(failedRules);
        return problem;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
