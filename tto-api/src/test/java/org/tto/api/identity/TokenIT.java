package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** Personal API tokens: made once, used as bearer tokens, revoked by the owner or an admin, audited. */
@TtoIntegrationTest
class TokenIT {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aTokenSignsItsOwnerInUntilTheOwnerRevokesIt() throws Exception {
        Http officer = Http.as("officer-a", port);
        HttpResponse<String> created = officer.postJson("/api/me/tokens", "{\"name\":\"report script\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode issued = json.readTree(created.body());
        String token = issued.get("token").asText();
        assertThat(token).startsWith("tto_").hasSizeGreaterThan(40);

        HttpResponse<String> me = bearer(token, "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("username").asText()).isEqualTo("officer-a");
        assertThat(json.readTree(me.body()).get("role").asText()).isEqualTo("OFFICER");

        JsonNode listed = json.readTree(officer.get("/api/me/tokens").body());
        JsonNode mine = find(listed, issued.get("id").asLong());
        assertThat(mine.get("name").asText()).isEqualTo("report script");
        assertThat(mine.has("lastUsedAt")).as("used once").isTrue();
        assertThat(officer.get("/api/me/tokens").body()).doesNotContain(token);

        assertThat(Http.as("director-a", port)
                .post("/api/me/tokens/" + issued.get("id").asLong() + "/revocation", "application/json", "", null)
                .statusCode()).as("somebody else's token").isEqualTo(404);
        assertThat(bearer(token, "/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = officer.post("/api/me/tokens/" + issued.get("id").asLong() + "/revocation",
                "application/json", "", null);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(revoked.body()).get("revokedBy").asText()).isEqualTo("officer-a");
        assertThat(bearer(token, "/api/me").statusCode()).isEqualTo(401);

        JsonNode audit = json.readTree(Http.as("admin", port)
                .get("/api/audit?entityType=tokens&entityId=" + issued.get("id").asLong()).body());
        assertThat(audit.get("content").findValuesAsText("action"))
                .contains("POST /api/me/tokens", "POST /api/me/tokens/{id}/revocation");
    }

    @Test
    void anAdminRevokesAnybodysToken() throws Exception {
        JsonNode issued = json.readTree(Http.as("inventor-a", port)
                .postJson("/api/me/tokens", "{\"name\":\"laptop\",\"validDays\":7}").body());
        String token = issued.get("token").asText();
        assertThat(bearer(token, "/api/disclosures").statusCode()).isEqualTo(200);
        assertThat(json.readTree(Http.as("admin", port).get("/api/admin/users/inventor-a/tokens").body())
                .findValuesAsText("name")).contains("laptop");

        HttpResponse<String> revoked = Http.as("admin", port).post("/api/admin/tokens/" + issued.get("id").asLong()
                + "/revocation", "application/json", "", null);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(bearer(token, "/api/disclosures").statusCode()).isEqualTo(401);
    }

    @Test
    void aMadeUpTokenIsRefused() {
        assertThat(bearer("tto_made-up-token-that-was-never-issued-by-anyone", "/api/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenCarriesItsOwnersRoleOnly() throws Exception {
        String token = json.readTree(Http.as("officer-a", port)
                .postJson("/api/me/tokens", "{\"name\":\"not an admin\"}").body()).get("token").asText();
        assertThat(bearer(token, "/api/admin/users").statusCode()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.get("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("token " + id + " not listed");
    }

    private HttpResponse<String> bearer(String token, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
