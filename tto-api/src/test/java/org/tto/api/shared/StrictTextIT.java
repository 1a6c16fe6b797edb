package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.shared.StrictJsonIT.assertProblem;
import static org.tto.api.shared.StrictJsonIT.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Text that would poison every reader of the record (a NUL, an escape character, a lone surrogate) is refused with a
 * 400 that names the field, and nothing is stored; line breaks and tabs only where several lines are meant.
 */
@TtoIntegrationTest
class StrictTextIT {

    @LocalServerPort
    int port;

    @Test
    void controlCharactersAndBrokenUnicodeAreRefusedNamingTheField() {
        Http inventor = Http.as("inventor-a", port);
        long before = total(inventor);

        refused(inventor, body("Membrane\\u0000", "A summary.", "Irene Wanjiru"), "title");
        refused(inventor, body("Membrane", "A summary \\ud800 cut", "Irene Wanjiru"), "summary");
        refused(inventor, body("Membrane", "A summary \\udc00 cut", "Irene Wanjiru"), "summary");
        refused(inventor, body("Membrane", "A summary.", "Irene \\u001b[31mWanjiru"), "inventors[0].name");
        refused(inventor, body("Membrane", "A summary \\u007f.", "Irene Wanjiru"), "summary");
        refused(inventor, body("Membrane", "A summary \\u0085.", "Irene Wanjiru"), "summary");
        refused(inventor, body("Membrane", "A summary \\uffff.", "Irene Wanjiru"), "summary");
        refused(inventor, body("Two\\nlines", "A summary.", "Irene Wanjiru"), "title");
        refused(inventor, body("Tab\\tbed", "A summary.", "Irene Wanjiru"), "title");

        assertThat(total(inventor)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void multiLineTextKeepsItsLineBreaksAndAPairedSurrogateIsText() {
        Http inventor = Http.as("inventor-a", port);

        var created = inventor.postJson("/api/disclosures",
                body("Membrane \\ud83d\\udca7", "First line.\\nSecond line,\\tindented.\\r\\n", "Irene Wanjiru"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode disclosure = parse(created);
        assertThat(disclosure.get("title").asText()).isEqualTo("Membrane \uD83D\uDCA7");
        assertThat(disclosure.get("summary").asText()).isEqualTo("First line.\nSecond line,\tindented.\r\n");
    }

    private static long total(Http user) {
        return parse(user.get("/api/disclosures")).at("/page/totalElements").asLong();
    }

    private static void refused(Http inventor, String body, String field) {
        JsonNode problem = assertProblem(inventor.postJson("/api/disclosures", body), 400);
        assertThat(problem.get("type").asText()).isEqualTo("https://tto.example.org/problems/validation");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(field);
    }

    /** A disclosure by inventor-a; the arguments are JSON string contents (escapes as written in JSON). */
    private static String body(String title, String summary, String inventorName) {
        return """
                {"title": "%s", "summary": "%s", "confidentialDescription": "Sintered clay.", "trl": 4,
                 "inventors": [{"name": "%s", "email": "inventor-a@una.example.org", "affiliation": "Chemistry",
                   "sharePercent": 100, "username": "inventor-a"}]}
                """.formatted(title, summary, inventorName);
    }
}
