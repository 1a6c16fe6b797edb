package org.tto.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.PageClient;
import org.tto.api.TtoIntegrationTest;

/**
 * The programme's pages over HTTP: each reader sees the figures of their scope, the report's files come through the
 * page's session, and a reviewer who returns a year without saying what to correct is told so in their language and
 * changes nothing.
 */
@TtoIntegrationTest
class ProgrammePagesIT {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSeesTheFiguresOfTheirInstitutionAndAnInventorIsRefused() {
        HttpResponse<String> page = PageClient.signedIn("officer-a", port).get("/programme");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"figure-DISCLOSURES-RECEIVED\"", "1 institution");
        assertThat(PageClient.signedIn("inventor-a", port).get("/programme").statusCode()).isEqualTo(403);
        assertThat(PageClient.signedIn("officer-a", port).get("/periods").statusCode()).isEqualTo(403);
    }

    @Test
    void aFigureWithATargetHasItsBar() {
        int year = LocalDate.now().getYear();
        HttpResponse<String> target = Http.as("reviewer", port).putJson("/api/programme/targets", "{\"kind\":"
                + "\"TARGET\",\"indicator\":\"PARTNERSHIPS\",\"measure\":\"ACTIVE\",\"scopeKind\":"
                + "\"PROGRAMME\",\"scopeKey\":\"*\",\"year\":" + year + ",\"value\":40,\"source\":\"Biennium\"}");
        assertThat(target.statusCode()).as(target.body()).isIn(200, 400);
        HttpResponse<String> page = PageClient.signedIn("reviewer", port).get("/programme?year=" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"bar-PARTNERSHIPS-ACTIVE\"", "of a target of 40");
    }

    @Test
    void theReportsFilesComeThroughThePagesSession() {
        PageClient reviewer = PageClient.signedIn("reviewer", port);
        HttpResponse<String> report = reviewer.get("/programme/report?programme=11");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("data-test=\"line-TRAINING-TRAINED\"", "Not assessable");
        HttpResponse<String> csv = reviewer.get("/programme/report/csv?programme=11");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("programme,period_start,period_end");
        HttpResponse<String> iati = reviewer.get("/programme/report/iati?programme=11");
        assertThat(iati.body()).contains("<iati-activities version=\"2.03\"");
        assertThat(reviewer.get("/programme/report/pdf?programme=11").statusCode()).isEqualTo(404);
    }

    @Test
    void aYearReturnedWithoutSayingWhatToCorrectIsRefusedInTheReviewersLanguage() {
        int year = LocalDate.now().getYear() - 3;
        PageClient coordinator = PageClient.signedIn("coordinator-vn", port);
        coordinator.get("/periods");
        HttpResponse<String> submitted = coordinator.submit("/periods/VN/" + year + "/submission", Map.of());
        assertThat(submitted.body()).contains("data-test=\"notice\"");
        PageClient reviewer = PageClient.signedIn("reviewer", port).language("fr");
        HttpResponse<String> queue = reviewer.get("/periods");
        assertThat(queue.body()).contains("data-test=\"approve-VN-" + year + "\"");
        String version = queue.body().replaceAll("(?s).*?/periods/VN/" + year + "/return.*?name=\"version\" value=\"(\\d+)\".*",
                "$1");
        HttpResponse<String> refused = reviewer.submit("/periods/VN/" + year + "/return", Map.of("version", version,
                "comment", " "));
        assertThat(refused.body()).contains("data-test=\"problem\"");
        assertThat(refused.body()).doesNotContain("Say what the coordinator should correct.");
        assertThat(refused.body()).contains("data-test=\"approve-VN-" + year + "\"");
        HttpResponse<String> coordinatorTries = coordinator.post("/periods/VN/" + year + "/approval",
                Map.of("version", version));
        assertThat(coordinatorTries.statusCode()).isEqualTo(403);
    }
}
