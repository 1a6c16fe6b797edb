package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** HTTP Basic on the fast path: what changes a user's credentials takes effect at once. */
@TtoIntegrationTest
class SignInIT {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Test
    void aDisabledUserIsRefusedAtOnceThoughTheirSignInWasRemembered() {
        String username = newReviewer();
        Http user = Http.withPassword(username, PASSWORD, port);
        assertThat(user.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(user.get("/api/me").statusCode()).isEqualTo(200);

        assertThat(Http.as("admin", port).putJson("/api/admin/users/" + username + "/enabled", "{\"enabled\":false}")
                .statusCode()).isEqualTo(200);
        assertThat(user.get("/api/me").statusCode()).isEqualTo(401);

        assertThat(Http.as("admin", port).putJson("/api/admin/users/" + username + "/enabled", "{\"enabled\":true}")
                .statusCode()).isEqualTo(200);
        assertThat(user.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() {
        String username = newReviewer();
        assertThat(Http.withPassword(username, PASSWORD, port).get("/api/me").statusCode()).isEqualTo(200);
        assertThat(Http.withPassword(username, PASSWORD + "x", port).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Http.withPassword(username, PASSWORD, port).get("/api/me").statusCode()).isEqualTo(200);
    }

    static String newReviewer(int port) {
        String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Http.as("admin", port).postJson("/api/admin/users", """
                {"username":"%s","password":"%s","firstName":"Sign","lastName":"In","role":"REVIEWER"}"""
                .formatted(username, PASSWORD)).statusCode()).isEqualTo(201);
        return username;
    }

    private String newReviewer() {
        return newReviewer(port);
    }
}
