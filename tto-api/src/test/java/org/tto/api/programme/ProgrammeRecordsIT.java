package org.tto.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * The records the programme indicators are computed from, over HTTP on MariaDB, as the demo users keep them: a
 * training event with its participants by sex and its surveys, the TTO's staff register, partnerships,
 * patent-information services and operating budget, and an appropriate-technology project — with scope (another
 * country's coordinator finds nothing), roles (a valid request from the wrong role is a 403), bad input (a 400 naming
 * the field, nothing changed) and stale versions (409). Everything is dated in 2012, a year no other test reports on,
 * and named with a random tag, so the shared database's other records never get in the way.
 */
@TtoIntegrationTest
class ProgrammeRecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "/api/training-events";
    private static final String UNA = "/api/institutions/UNA";

    @LocalServerPort
    int port;

    private Http coordinator;
    private Http director;
    private String tag;

    @BeforeEach
    void users() {
        coordinator = Http.as("coordinator-ke", port);
        director = Http.as("director-a", port);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    // --- training events ------------------------------------------------------------------------------------------

    @Test
    void theCoordinatorRecordsAnEventWithItsParticipantsBySexAndItsSurveys() {
        String title = "Patent drafting seminar " + tag;
        JsonNode created = ok(coordinator.postJson(EVENTS, event(title, "2012-03-05", "2012-03-07")), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("version").asLong()).isZero();
        assertThat(texts(created.get("institutions"))).as("invited from another country too")
                .containsExactly("UNA", "UNC");

        JsonNode withParticipants = ok(coordinator.putJson(EVENTS + "/" + id + "/participation", """
                {"participation": [
                  {"institution": "UNA", "sex": "FEMALE", "participants": 12},
                  {"institution": "UNA", "sex": "MALE", "participants": 9},
                  {"institution": null, "sex": "FEMALE", "participants": 3}],
                 "version": 0}"""), 200);
        assertThat(withParticipants.get("participants").asInt()).isEqualTo(24);
        assertThat(withParticipants.get("version").asLong()).isEqualTo(1);

        String responses = EVENTS + "/" + id + "/responses";
        ok(coordinator.postJson(responses, """
                {"kind": "END_OF_EVENT", "institution": "UNA", "sex": "FEMALE", "overall": 5,
                 "receivedOn": "2012-03-07", "items": {"relevance": 5, "trainers": 4}}"""), 201);
        ok(coordinator.postJson(responses, """
                {"kind": "END_OF_EVENT", "institution": "UNA", "sex": "MALE", "overall": 3,
                 "receivedOn": "2012-03-08"}"""), 201);
        JsonNode followUp = ok(coordinator.postJson(responses, """
                {"kind": "FOLLOW_UP", "institution": "UNA", "sex": "FEMALE", "applyingSkills": true,
                 "receivedOn": "2012-09-10"}"""), 201);
        assertThat(followUp.get("applyingSkills").asBoolean()).isTrue();
        assertThat(followUp.has("overall")).isFalse();

        JsonNode read = ok(coordinator.get(EVENTS + "/" + id), 200);
        assertThat(read.get("title").asText()).isEqualTo(title);
        assertThat(read.get("country").asText()).isEqualTo("KE");
        assertThat(read.get("participants").asInt()).isEqualTo(24);
        List<String> lines = new ArrayList<>();
        read.get("participation").forEach(p -> lines.add(p.path("institution").asText("elsewhere") + " "
                + p.get("sex").asText() + " " + p.get("participants").asInt()));
        assertThat(lines).containsExactly("UNA FEMALE 12", "UNA MALE 9", "elsewhere FEMALE 3");
        JsonNode surveys = ok(coordinator.get(responses), 200);
        assertThat(surveys).hasSize(3);
        assertThat(surveys.get(0).get("items").get("relevance").asInt()).isEqualTo(5);
        assertThat(titles(ok(coordinator.get(EVENTS + "?country=KE&from=2012&to=2012"), 200)))
                .containsOnlyOnce(title);
        assertThat(titles(ok(coordinator.get(EVENTS + "?country=KE&from=2013&to=2014"), 200)))
                .doesNotContain(title);

        // another country's coordinator finds nothing; the reviewer reads it; an inventor may not
        Http vn = Http.as("coordinator-vn", port);
        problem(vn.get(EVENTS + "/" + id), 404);
        problem(vn.get(responses), 404);
        problem(vn.get(EVENTS + "?country=KE"), 404);
        ok(Http.as("reviewer", port).get(EVENTS + "/" + id), 200);
        problem(Http.as("inventor-a", port).get(EVENTS + "/" + id), 403);
    }

    @Test
    void aReviewerRecordsNoEventAndBadInputIsRefusedNamingTheField() {
        String refused = "Reviewer's workshop " + tag;
        problem(Http.as("reviewer", port).postJson(EVENTS, event(refused, "2012-04-02", "2012-04-03")), 403);

        String backwards = "Backwards workshop " + tag;
        assertThat(fields(problem(coordinator.postJson(EVENTS, event(backwards, "2012-04-03", "2012-04-02")), 400)))
                .contains("endsOn");

        String title = "Licensing training " + tag;
        long id = ok(coordinator.postJson(EVENTS, event(title, "2012-05-14", "2012-05-18")), 201).get("id").asLong();
        JsonNode early = problem(coordinator.postJson(EVENTS + "/" + id + "/responses", """
                {"kind": "FOLLOW_UP", "sex": "MALE", "applyingSkills": false, "receivedOn": "2012-05-25"}"""), 400);
        assertThat(fields(early)).contains("receivedOn");
        assertThat(early.toString()).contains("six-month follow-up");
        problem(coordinator.postJson(EVENTS + "/" + id + "/responses", """
                {"kind": "END_OF_EVENT", "sex": "MALE", "receivedOn": "2012-05-18"}"""), 400);

        assertThat(ok(coordinator.get(EVENTS + "/" + id + "/responses"), 200)).as("nothing recorded").isEmpty();
        assertThat(titles(ok(coordinator.get(EVENTS + "?country=KE&from=2012&to=2012"), 200)))
                .contains(title).doesNotContain(refused, backwards);
    }

    @Test
    void anEventChangedOnAStaleVersionIsRefused() {
        String title = "Train the trainers " + tag;
        long id = ok(coordinator.postJson(EVENTS, event(title, "2012-06-04", "2012-06-08")), 201).get("id").asLong();
        String renamed = event(title + " (renamed)", "2012-06-04", "2012-06-08").replace("\"country\": \"KE\",", "")
                .replace("}", ", \"version\": 0}");
        JsonNode changed = ok(coordinator.putJson(EVENTS + "/" + id, renamed), 200);
        assertThat(changed.get("version").asLong()).isEqualTo(1);

        JsonNode stale = problem(coordinator.putJson(EVENTS + "/" + id, renamed), 409);
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        problem(coordinator.putJson(EVENTS + "/" + id + "/participation",
                "{\"participation\": [{\"sex\": \"OTHER\", \"participants\": 2}], \"version\": 0}"), 409);
        assertThat(ok(coordinator.get(EVENTS + "/" + id), 200).get("participants").asInt()).isZero();
    }

    // --- the TTO's own records ------------------------------------------------------------------------------------

    @Test
    void theDirectorKeepsTheOfficesRecordsAndAnOfficerRecordsTheServicesTheyDeliver() {
        String name = "Grace Achieng " + tag;
        JsonNode member = ok(director.postJson(UNA + "/staff", staff(name, "0.5")), 201);
        assertThat(member.get("certification").asText()).isEqualTo("RTTP");
        assertThat(member.get("certifiedOn").asText()).isEqualTo("2012-11-20");

        String partner = "Twin TTO " + tag;
        JsonNode partnership = ok(director.postJson(UNA + "/partnerships", """
                {"partner": "%s", "kind": "TWINNING", "startedOn": "2012-02-01", "endedOn": "2013-12-31",
                 "description": "Staff exchange\\nand mentoring"}""".formatted(partner)), 201);
        assertThat(partnership.get("kind").asText()).isEqualTo("TWINNING");

        String requester = "Chemistry department " + tag;
        JsonNode byDirector = ok(director.postJson(UNA + "/patent-information-services",
                service("PRIOR_ART_SEARCH", requester)), 201);
        assertThat(byDirector.get("recordedBy").asText()).isEqualTo("director-a");

        JsonNode budget = ok(director.putJson(UNA + "/operating-budgets/2012",
                "{\"amount\": 8500000, \"currency\": \"KES\", \"source\": \"Audited accounts " + tag + "\"}"), 200);
        JsonNode corrected = ok(director.putJson(UNA + "/operating-budgets/2012", "{\"amount\": 9000000, "
                + "\"currency\": \"KES\", \"source\": \"Revised accounts " + tag + "\", \"version\": "
                + budget.get("version").asLong() + "}"), 200);
        assertThat(corrected.get("amount").decimalValue()).isEqualByComparingTo("9000000");
        problem(director.putJson(UNA + "/operating-budgets/2012", "{\"amount\": 1, \"currency\": \"KES\", "
                + "\"source\": \"Stale " + tag + "\", \"version\": " + budget.get("version").asLong() + "}"), 409);
        JsonNode budgets = ok(director.get(UNA + "/operating-budgets"), 200);
        List<String> sources = new ArrayList<>();
        budgets.forEach(b -> sources.add(b.get("fiscalYear").asInt() + " " + b.get("source").asText()));
        assertThat(sources).contains("2012 Revised accounts " + tag);

        // an officer may not keep the staff register, but records the services they deliver
        Http officer = Http.as("officer-a", port);
        String notAdded = "Not added " + tag;
        problem(officer.postJson(UNA + "/staff", staff(notAdded, "1")), 403);
        JsonNode byOfficer = ok(officer.postJson(UNA + "/patent-information-services",
                service("FREEDOM_TO_OPERATE", requester)), 201);
        assertThat(byOfficer.get("recordedBy").asText()).isEqualTo("officer-a");

        assertThat(values(ok(officer.get(UNA + "/staff"), 200), "name")).contains(name).doesNotContain(notAdded);
        assertThat(values(ok(officer.get(UNA + "/partnerships"), 200), "partner")).containsOnlyOnce(partner);
        assertThat(values(ok(Http.as("reviewer", port).get(UNA + "/patent-information-services"), 200),
                "requester").stream().filter(requester::equals)).hasSize(2);
        problem(Http.as("officer-b", port).get(UNA + "/staff"), 404);
        problem(Http.as("coordinator-vn", port).get(UNA + "/partnerships"), 404);
    }

    @Test
    void badStaffInputIsRefusedNamingTheFieldAndAStaleVersionIsAConflict() {
        String tooMuch = "Full and a half " + tag;
        assertThat(fields(problem(director.postJson(UNA + "/staff", staff(tooMuch, "1.5")), 400))).contains("fte");
        String uncertified = "Uncertified " + tag;
        assertThat(fields(problem(director.postJson(UNA + "/staff", staff(uncertified, "1")
                .replace("\"certification\": \"RTTP\",", "")), 400))).contains("certifiedOn");
        assertThat(values(ok(director.get(UNA + "/staff"), 200), "name")).doesNotContain(tooMuch, uncertified);

        String name = "Peter Otieno " + tag;
        long id = ok(director.postJson(UNA + "/staff", staff(name, "1")), 201).get("id").asLong();
        String change = staff(name, "0.8").replace("}", ", \"version\": 0}");
        assertThat(ok(director.putJson(UNA + "/staff/" + id, change), 200).get("version").asLong()).isEqualTo(1);
        JsonNode stale = problem(director.putJson(UNA + "/staff/" + id, change.replace("0.8", "0.6")), 409);
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        List<String> ftes = new ArrayList<>();
        ok(director.get(UNA + "/staff"), 200).forEach(m -> {
            if (m.get("name").asText().equals(name)) {
                ftes.add(m.get("fte").decimalValue().stripTrailingZeros().toPlainString());
            }
        });
        assertThat(ftes).containsExactly("0.8");
    }

    @Test
    void theCoordinatorKeepsTheCountrysAppropriateTechnologyProjects() {
        String projects = "/api/countries/KE/appropriate-technology-projects";
        String title = "Solar milk cooling " + tag;
        String body = """
                {"title": "%s", "need": "Milk spoils before it reaches the dairy", "institution": "UNA",
                 "landscapeReportOn": "2012-05-02"}""".formatted(title);
        JsonNode project = ok(coordinator.postJson(projects, body), 201);
        assertThat(project.get("institution").asText()).isEqualTo("UNA");
        JsonNode planned = ok(coordinator.putJson(projects + "/" + project.get("id").asLong(),
                body.replace("}", ", \"businessPlanOn\": \"2012-10-01\", \"version\": 0}")), 200);
        assertThat(planned.get("businessPlanOn").asText()).isEqualTo("2012-10-01");

        problem(director.postJson(projects, body), 403);
        problem(Http.as("coordinator-vn", port).get(projects), 404);
        assertThat(values(ok(director.get(projects), 200), "title")).containsOnlyOnce(title);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static String event(String title, String startsOn, String endsOn) {
        return """
                {"kind": "PATENT_DRAFTING_SEMINAR", "title": "%s", "country": "KE", "programme": 10,
                 "startsOn": "%s", "endsOn": "%s", "trainers": "WIPO Academy; A. Mwangi",
                 "institutions": ["UNA", "UNC"]}""".formatted(title, startsOn, endsOn);
    }

    /** Left in 2013, so no later period counts them. */
    private static String staff(String name, String fte) {
        return """
                {"name": "%s", "position": "Licensing officer", "fte": %s, "joinedOn": "2012-01-09",
                 "leftOn": "2013-06-30", "certification": "RTTP", "certifiedOn": "2012-11-20"}"""
                .formatted(name, fte);
    }

    private static String service(String kind, String requester) {
        return """
                {"kind": "%s", "requester": "%s", "deliveredOn": "2012-04-02"}""".formatted(kind, requester);
    }

    private static List<String> titles(JsonNode events) {
        return values(events, "title");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static List<String> fields(JsonNode problem) {
        return values(problem.get("errors"), "field");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
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

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
