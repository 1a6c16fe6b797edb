package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** An admin resets a password (the user must change it first); a user changes their own; weak ones are refused. */
@TtoIntegrationTest
class PasswordIT {

    private static final String FIRST = "a long enough password";
    private static final String RESET = "set by the admin 2026";
    private static final String CHOSEN = "my own choice of words";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void afterAnAdminResetTheUserMustChooseANewPasswordFirst() throws Exception {
        String username = SignInIT.newReviewer(port);
        assertThat(Http.withPassword(username, FIRST, port).get("/api/checkpoints/awaiting-verdict").statusCode())
                .isEqualTo(200);

        assertThat(Http.as("admin", port).putJson("/api/admin/users/" + username + "/password",
                "{\"newPassword\":\"" + RESET + "\"}").statusCode()).isEqualTo(204);
        assertThat(Http.withPassword(username, FIRST, port).get("/api/me").statusCode())
                .as("the old password, though remembered, at once").isEqualTo(401);

        Http reset = Http.withPassword(username, RESET, port);
        assertThat(reset.get("/api/me").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = reset.get("/api/checkpoints/awaiting-verdict");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("type").asText())
                .isEqualTo("https://tto.example.org/problems/password-change-required");

        assertThat(reset.putJson("/api/me/password", "{\"currentPassword\":\"" + RESET + "\",\"newPassword\":\""
                + CHOSEN + "\"}").statusCode()).isEqualTo(204);
        assertThat(Http.withPassword(username, RESET, port).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Http.withPassword(username, CHOSEN, port).get("/api/checkpoints/awaiting-verdict").statusCode())
                .isEqualTo(200);
    }

    @Test
    void weakPasswordsAndAWrongCurrentPasswordAreRefused() throws Exception {
        String username = SignInIT.newReviewer(port);
        Http user = Http.withPassword(username, FIRST, port);
        for (String weak : new String[] {"too short", "Password1234", "qwertyuiop123", "x" + username + "-2026"}) {
            HttpResponse<String> refused = user.putJson("/api/me/password", "{\"currentPassword\":\"" + FIRST
                    + "\",\"newPassword\":\"" + weak + "\"}");
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(refused.body()).contains("newPassword");
        }
        HttpResponse<String> wrongCurrent = user.putJson("/api/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"" + CHOSEN + "\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("currentPassword");
        assertThat(user.get("/api/me").statusCode()).as("unchanged").isEqualTo(200);

        assertThat(Http.as("admin", port).putJson("/api/admin/users/" + username + "/password",
                "{\"newPassword\":\"password1234\"}").statusCode()).isEqualTo(400);
    }
}
