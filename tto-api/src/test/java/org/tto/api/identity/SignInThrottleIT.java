package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Repeated failed sign-ins answer 429 with Retry-After, for that user name only; each failure is audited. The calls
 * come "through a proxy" (X-Forwarded-For) from addresses of their own, so the other tests' address is untouched.
 */
@TtoIntegrationTest
class SignInThrottleIT {

    private static final String PASSWORD = "a long enough password";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void repeatedFailuresForOneUserNameAnswer429AndOthersSignInAsBefore() throws Exception {
        String username = SignInIT.newReviewer(port);
        String address = "203.0.113.21";
        for (int i = 0; i < SignInThrottle.FREE_PER_USER; i++) {
            assertThat(get(username, "wrong password " + i, address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = get(username, PASSWORD, address);
        assertThat(refused.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(json.readTree(refused.body()).get("type").asText())
                .isEqualTo("https://tto.example.org/problems/too-many-sign-ins");
        assertThat(get("officer-a", "demo", address).statusCode()).as("another user").isEqualTo(200);

        Thread.sleep(1100);
        assertThat(get(username, "wrong again", address).statusCode()).isEqualTo(401);
        HttpResponse<String> longer = get(username, PASSWORD, address);
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(longer.headers().firstValue("Retry-After")).as("the wait grows").contains("2");

        Thread.sleep(2100);
        assertThat(get(username, PASSWORD, address).statusCode()).isEqualTo(200);

        JsonNode audit = json.readTree(Http.as("admin", port)
                .get("/api/audit?entityType=sign-in&user=%3F" + username + "&size=100").body());
        assertThat(audit.get("content").findValuesAsText("httpStatus")).containsOnly("401", "429")
                .hasSize(SignInThrottle.FREE_PER_USER + 3);
        assertThat(audit.get("content").findValuesAsText("entityId")).containsOnly(address);
    }

    @Test
    void manyFailuresFromOneAddressSlowThatAddressDown() {
        String address = "203.0.113.77";
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            assertThat(get("nobody-" + i, "guess", address).statusCode()).isEqualTo(401);
        }
        assertThat(get("officer-a", "demo", address).statusCode()).isEqualTo(429);
        assertThat(get("officer-a", "demo", "203.0.113.78").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String username, String password, String address) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/me"))
                    .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
