package org.tto.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.CaseJourney;
import org.tto.api.Http;
import org.tto.api.PageClient;
import org.tto.api.TtoIntegrationTest;

/**
 * The pages over HTTP, as a browser without a screen uses them: a case from the inventor's form to filed with its
 * deadlines; a form sent twice; a bad form in French; the scope and role refusals; the weight of a page.
 */
@TtoIntegrationTest
class PagesIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, String> disclosure(String title, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("title", title);
        form.put("summary", "A sensor that reads soil moisture without power.");
        form.put("confidentialDescription", "A passive resonator whose frequency shifts with moisture.");
        form.put("keywords", "soil, sensor");
        form.put("trl", "3");
        form.put("inventors[0].name", "Amina Odhiambo");
        form.put("inventors[0].email", "amina@una.example");
        form.put("inventors[0].affiliation", "UNA");
        form.put("inventors[0].sharePercent", "60");
        form.put("inventors[0].username", "inventor-a");
        form.put("inventors[1].name", "Brian Mwangi");
        form.put("inventors[1].email", "brian@una.example");
        form.put("inventors[1].affiliation", "UNA");
        form.put("inventors[1].sharePercent", "40");
        form.put("publicDisclosures[0].date", LocalDate.now().plusMonths(2).toString());
        form.put("publicDisclosures[0].kind", "CONFERENCE");
        form.put("publicDisclosures[0].description", "A talk at the soil science congress");
        return form;
    }

    static String token(HttpResponse<String> page) {
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("the form's token").isTrue();
        return token.group(1);
    }

    /** The id of the open task of that step on the case page, from its form's address. */
    static String taskId(String casePage, long caseId, String step) {
        Matcher task = Pattern.compile("/(?:cases|disclosures)/" + caseId + "/tasks/([^/\"]+)/" + step + "\"")
                .matcher(casePage);
        assertThat(task.find()).as("a " + step + " form on the case page").isTrue();
        return task.group(1);
    }

    /** Submits a disclosure through the form as inventor-a; answers the new case's id. */
    long submitted(PageClient inventor, String title) {
        String token = token(inventor.get("/disclosures/new"));
        Map<String, String> form = disclosure(title, token);
        form.put("action", "check");
        HttpResponse<String> check = inventor.post("/disclosures/new", form);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("data-test=\"disclosure-check\"").contains(title)
                .as("the novelty warning before submitting").contains("data-test=\"novelty-warning\"");
        form.put("action", "submit");
        HttpResponse<String> sent = inventor.post("/disclosures/new", form);
        assertThat(sent.statusCode()).isEqualTo(302);
        String to = PageClient.location(sent);
        assertThat(to).matches("/disclosures/\\d+");
        return Long.parseLong(to.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    @Test
    void aCaseGoesFromTheInventorsFormToFiledWithItsDeadlinesAndTheirTraces() {
        PageClient inventor = PageClient.signedIn("inventor-a", port);
        assertThat(inventor.get("/").body()).contains("data-role=\"INVENTOR\"").contains("/disclosures/new");
        long id = submitted(inventor, "Passive soil moisture sensor " + System.nanoTime());
        HttpResponse<String> mine = inventor.get("/disclosures/" + id);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Awaiting triage").contains("data-test=\"notice\"").contains("Your disclosure is submitted");

        PageClient officer = PageClient.signedIn("officer-a", port);
        assertThat(officer.get("/tasks").body()).contains("/cases/" + id);
        String page = officer.get("/cases/" + id).body();
        assertThat(page).contains("Amina Odhiambo").contains("60%").contains("40%");
        String triage = taskId(page, id, "triage");
        HttpResponse<String> done = officer.submit("/cases/" + id + "/tasks/" + triage + "/triage",
                Map.of("outcome", "ACCEPT", "note", ""));
        assertThat(done.body()).contains("data-test=\"notice\"").contains("In assessment");
        HttpResponse<String> again = officer.submit("/cases/" + id + "/tasks/" + triage + "/triage",
                Map.of("outcome", "ACCEPT", "note", ""));
        assertThat(again.statusCode()).as("the same form sent twice").isEqualTo(200);
        assertThat(again.body()).contains("already completed");
        assertThat(jdbc.queryForObject("select count(*) from case_event where disclosure_id = ? and action = "
                + "'TRIAGED_ACCEPT'", Integer.class, id)).as("one triage, not two").isEqualTo(1);

        String assess = taskId(officer.get("/cases/" + id).body(), id, "assessment");
        Map<String, String> scorecard = Map.of("novelty", "NO_RELEVANT_PRIOR_ART", "priorArt", "none found",
                "inventiveStep", "4", "industrialApplicability", "5", "marketPotential", "4", "trl", "4",
                "recommendation", "FILE_PATENT", "comments", "licensable");
        assertThat(officer.submit("/cases/" + id + "/tasks/" + assess + "/assessment", scorecard).body())
                .contains("Awaiting the protection decision");

        PageClient director = PageClient.signedIn("director-a", port);
        assertThat(director.get("/decisions").body()).contains("/cases/" + id);
        String decide = taskId(director.get("/cases/" + id).body(), id, "protection-decision");
        assertThat(director.submit("/cases/" + id + "/tasks/" + decide + "/protection-decision",
                Map.of("outcome", "FILE_PATENT", "reason", "A licensee is likely")).body()).contains("Filing");

        String file = taskId(officer.get("/cases/" + id).body(), id, "filings");
        String filingDate = LocalDate.now().minusDays(3).toString();
        HttpResponse<String> filed = officer.submit("/cases/" + id + "/tasks/" + file + "/filings", Map.of(
                "filings[0].office", "wo", "filings[0].kind", "PCT", "filings[0].applicationNumber",
                "PCT/KE2026/" + id, "filings[0].filingDate", filingDate, "filings[0].priorityClaims", "",
                "filings[0].targetOffices", "EP, US"));
        assertThat(filed.statusCode()).isEqualTo(200);
        assertThat(filed.body()).contains("Ready for commercialisation").contains("data-test=\"filing-WO-PCT\"")
                .contains("Why this date?").contains("data-test=\"trace\"").contains("Counted from the priority date");
    }

    @Test
    void theInventorAnswersTheOfficersQuestionAndTheOfficerActsOnTheNoveltyRisk() {
        PageClient inventor = PageClient.signedIn("inventor-a", port);
        long id = submitted(inventor, "A question for the inventors " + System.nanoTime());
        PageClient officer = PageClient.signedIn("officer-a", port);
        String page = officer.get("/cases/" + id).body();
        assertThat(page).as("the planned talk raised a novelty risk").contains("data-test=\"task-Task_ActOnNoveltyRisk\"");
        String novelty = taskId(page, id, "novelty-action");
        HttpResponse<String> blank = officer.post("/cases/" + id + "/tasks/" + novelty + "/novelty-action",
                Map.of("action", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"action-error\"");
        assertThat(officer.submit("/cases/" + id + "/tasks/" + novelty + "/novelty-action",
                Map.of("action", "A provisional is filed before the talk")).body())
                .doesNotContain("data-test=\"task-Task_ActOnNoveltyRisk\"");
        String triage = taskId(officer.get("/cases/" + id).body(), id, "triage");
        officer.submit("/cases/" + id + "/tasks/" + triage + "/triage",
                Map.of("outcome", "MORE_INFO", "note", "Which samples did you test?"));

        HttpResponse<String> asked = inventor.get("/disclosures/" + id);
        assertThat(asked.body()).contains("Which samples did you test?").contains("data-test=\"answer-form\"");
        String answer = taskId(asked.body(), id, "answer");
        HttpResponse<String> claimed = inventor.post("/tasks/" + answer + "/claim", Map.of("caseId", "" + id));
        assertThat(PageClient.location(claimed)).as("back to the inventor's view, not the staff's case page")
                .isEqualTo("/disclosures/" + id);
        assertThat(inventor.get("/disclosures/" + id).body()).contains("data-test=\"unclaim\"");
        HttpResponse<String> answered = inventor.submit("/disclosures/" + id + "/tasks/" + answer + "/answer",
                Map.of("answers", "Twelve soils from three counties", "publicDate", "", "publicDescription", ""));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Awaiting triage").doesNotContain("data-test=\"answer-form\"");
        assertThat(officer.get("/cases/" + id).body()).contains("Twelve soils from three counties");
    }

    @Test
    void theLanguageChosenOnTheProfileIsKeptForTheNextSignIn() {
        PageClient coordinator = PageClient.signedIn("coordinator-vn", port);
        coordinator.get("/profile");
        try {
            assertThat(PageClient.location(coordinator.post("/profile/language", Map.of("language", "ru"))))
                    .isEqualTo("/profile");
            assertThat(jdbc.queryForObject("select language from app_user where username = 'coordinator-vn'",
                    String.class)).isEqualTo("ru");
            PageClient again = PageClient.signedIn("coordinator-vn", port).language("en");
            assertThat(again.get("/").body()).as("Russian, whatever the browser asks").contains("lang=\"ru\"");
            assertThat(PageClient.location(coordinator.post("/profile/language", Map.of("language", "tlh"))))
                    .isEqualTo("/profile");
            assertThat(jdbc.queryForObject("select language from app_user where username = 'coordinator-vn'",
                    String.class)).as("a language the pages do not speak is refused").isEqualTo("ru");
        } finally {
            jdbc.update("update app_user set language = null where username = 'coordinator-vn'");
        }
    }

    /**
     * No N+1 behind the inbox or the case page: the statements a page costs do not grow with what it shows. The
     * database's own count of statements is read around each request (the least of three, against background
     * noise).
     */
    @Test
    void theInboxAndTheCasePageCostTheSameStatementsWhateverTheyShow() {
        PageClient officer = PageClient.signedIn("officer-a", port);
        PageClient inventor = PageClient.signedIn("inventor-a", port);
        int tasksBefore = officer.get("/tasks").body().split("data-test=\"task-case-").length;
        long before = statements(officer, "/tasks");
        for (int i = 0; i < 4; i++) {
            submitted(inventor, "Another task for the inbox " + i + " " + System.nanoTime());
        }
        assertThat(officer.get("/tasks").body().split("data-test=\"task-case-").length)
                .as("a triage and a novelty task for each").isEqualTo(tasksBefore + 8);
        assertThat(statements(officer, "/tasks")).as("the inbox with four more tasks").isEqualTo(before);

        Http api = Http.as("inventor-a", port);
        long small = CaseJourney.readyForCommercialisation(api, Http.as("officer-a", port),
                Http.as("director-a", port), DisclosureJson.disclosure("Small case " + System.nanoTime(), "40", null),
                LocalDate.now().minusMonths(2)).get("id").asLong();
        long large = submitted(inventor, "Large case " + System.nanoTime());
        String page = officer.get("/cases/" + large).body();
        assertThat(page).contains("Brian Mwangi");
        long smallCost = statements(officer, "/cases/" + small);
        long largeCost = statements(officer, "/cases/" + large);
        assertThat(largeCost).as("a case with more inventors, disclosures and tasks").isLessThanOrEqualTo(smallCost + 2);
    }

    /** The statements the database ran while the page was answered. */
    private long statements(PageClient page, String path) {
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = questions();
            assertThat(page.get(path).statusCode()).isEqualTo(200);
            least = Math.min(least, questions() - start - 1);
        }
        return least;
    }

    private long questions() {
        return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", (rs, row) -> rs.getLong(2)).get(0);
    }

    @Test
    void theDeadlineListShowsWhatIsDueSoonAndWhatIsOverdue() {
        Http inventor = Http.as("inventor-a", port);
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        long soon = CaseJourney.readyForCommercialisation(inventor, officer, director,
                DisclosureJson.disclosure("Due soon " + System.nanoTime(), "40", null),
                LocalDate.now().minusMonths(11)).get("id").asLong();
        long late = CaseJourney.readyForCommercialisation(inventor, officer, director,
                DisclosureJson.disclosure("Overdue " + System.nanoTime(), "40", null),
                LocalDate.now().minusMonths(13)).get("id").asLong();
        String page = PageClient.signedIn("officer-a", port).get("/deadlines").body();
        String overdue = page.substring(page.indexOf("data-test=\"deadlines-overdue\""));
        String upcoming = page.substring(page.indexOf("data-test=\"deadlines-upcoming\""));
        assertThat(upcoming).contains("/cases/" + soon).doesNotContain("/cases/" + late + "\"");
        assertThat(overdue.substring(0, overdue.indexOf("</table>"))).contains("/cases/" + late);
        assertThat(PageClient.signedIn("officer-b", port).get("/deadlines").body()).as("UNA's, not UNB's")
                .doesNotContain("/cases/" + soon + "\"");
    }

    @Test
    void aBadFormShowsEachErrorBesideItsFieldInFrenchAndSavesNothing() {
        PageClient inventor = PageClient.signedIn("inventor-a", port).language("fr");
        String token = token(inventor.get("/disclosures/new"));
        Map<String, String> form = disclosure("", token);
        form.put("inventors[1].sharePercent", "30");
        form.put("publicDisclosures[0].date", "2023-02-30");
        form.put("action", "check");
        Integer before = jdbc.queryForObject("select count(*) from disclosure", Integer.class);
        HttpResponse<String> refused = inventor.post("/disclosures/new", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("lang=\"fr\"").contains("data-test=\"error-summary\"")
                .contains("id=\"title-error\"").contains("id=\"publicDisclosures0.date-error\"")
                .contains("href=\"#title\"").contains("Saisissez");
        form.put("publicDisclosures[0].date", LocalDate.now().minusDays(1).toString());
        form.put("title", "Shares that do not add up");
        HttpResponse<String> shares = inventor.post("/disclosures/new", form);
        assertThat(shares.statusCode()).isEqualTo(422);
        assertThat(shares.body()).contains("id=\"inventors-error\"").contains("90");
        form.put("action", "submit");
        assertThat(inventor.post("/disclosures/new", form).statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Integer.class))
                .as("nothing saved").isEqualTo(before);
    }

    @Test
    void anotherInstitutionsCaseIsNotFoundAndAWrongRoleIsRefused() {
        long id = submitted(PageClient.signedIn("inventor-a", port), "Out of sight of UNB " + System.nanoTime());
        HttpResponse<String> unb = PageClient.signedIn("officer-b", port).get("/cases/" + id);
        assertThat(unb.statusCode()).isEqualTo(404);
        assertThat(unb.body()).contains("data-test=\"error-page\"").doesNotContain("Exception").doesNotContain("at org.");

        PageClient inventor = PageClient.signedIn("inventor-a", port);
        assertThat(inventor.get("/cases").statusCode()).as("the case list is for staff").isEqualTo(403);
        assertThat(inventor.get("/decisions").statusCode()).isEqualTo(403);

        PageClient officer = PageClient.signedIn("officer-a", port);
        String triage = taskId(officer.get("/cases/" + id).body(), id, "triage");
        officer.submit("/cases/" + id + "/tasks/" + triage + "/triage", Map.of("outcome", "ACCEPT"));
        String assess = taskId(officer.get("/cases/" + id).body(), id, "assessment");
        officer.submit("/cases/" + id + "/tasks/" + assess + "/assessment", Map.of("novelty", "CLOSE_PRIOR_ART",
                "inventiveStep", "3", "industrialApplicability", "3", "marketPotential", "3", "trl", "3",
                "recommendation", "FILE_PATENT"));
        String decide = taskId(PageClient.signedIn("director-a", port).get("/cases/" + id).body(), id,
                "protection-decision");
        officer.get("/cases/" + id);
        HttpResponse<String> asOfficer = officer.post("/cases/" + id + "/tasks/" + decide + "/protection-decision",
                Map.of("outcome", "FILE_PATENT", "reason", "A valid decision, from the wrong role"));
        assertThat(asOfficer.statusCode()).as("an officer may not decide").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from protection_decision where disclosure_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void theApisProblemsSpeakTheCallersLanguage() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("officer-a:demo".getBytes());
        var french = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/disclosures")).header("Authorization", basic).header("Accept-Language", "fr-CA,fr;q=0.9")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("{\"title\":\"\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("\"title\":\"Demande invalide\"")
                .contains("La demande contient des champs invalides.").contains("/problems/validation");
        var russian = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + port + "/api/disclosures/999999")).header("Authorization", basic).header("Accept-Language", "ru")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("\"title\":\"Не найдено\"")
                .contains("Здесь ничего нет").as("the English sentence kept beside it").contains("\"detailInEnglish\"");
        var english = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + port + "/api/disclosures/999999")).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("\"title\":\"Not found\"");
    }

    @Test
    void eachPageIsLightAndSpeaksTheChosenLanguage() {
        PageClient officer = PageClient.signedIn("officer-a", port);
        for (String path : new String[] {"/", "/cases", "/tasks", "/deadlines", "/deadline-preview", "/profile",
            "/disclosures/new"}) {
            HttpResponse<String> page = officer.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(path)
                    .isLessThan(100_000);
            assertThat(page.body()).as(path).doesNotContain("??");
        }
        HttpResponse<String> arabic = officer.get("/cases?lang=ar");
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("bootstrap.rtl.min.css");
        assertThat(officer.get("/tasks").body()).as("the language is kept").contains("lang=\"ar\"");
        HttpResponse<String> preview = officer.get("/deadline-preview?office=EP&priorityDate=2025-03-31&chapter=I&lang=en");
        assertThat(preview.body()).contains("data-test=\"preview-due\"").contains("Counted from the priority date");
        HttpResponse<String> badDate = officer.get("/deadline-preview?office=EP&priorityDate=2025-02-30");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body()).as("the error beside its field").contains("id=\"priorityDate-error\"")
                .contains("Enter a real date").doesNotContain("data-test=\"preview-due\"");
        HttpResponse<String> unknown = officer.get("/deadline-preview?office=XX&priorityDate=2025-03-31");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"office-error\"").contains("Choose an office of the PCT table.");
    }
}
