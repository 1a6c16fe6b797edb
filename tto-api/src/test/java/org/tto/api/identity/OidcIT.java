package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.TtoIntegrationTest;
import org.tto.identity.AppUserRepository;

/** Bearer tokens from an OpenID Connect provider: claims map to role and scope, the user is provisioned. */
@TtoIntegrationTest
class OidcIT {

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    IdentityService engineIdentity;

    @Test
    void aTokenMakesAUserWithTheClaimedRoleAndScope() throws Exception {
        String token = OidcTokens.token(Map.of("preferred_username", "kc-officer", "given_name", "Wanjiku",
                "family_name", "Mwangi", "email", "wanjiku@una.example.org", "tto_role", "officer",
                "tto_institution", "UNA"), Instant.now().plus(5, ChronoUnit.MINUTES));

        HttpResponse<String> me = get("/api/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"kc-officer\"").contains("\"role\":\"OFFICER\"")
                .contains("\"institution\":\"UNA\"").contains("officers-UNA");
        assertThat(users.findByUsername("kc-officer")).hasValueSatisfying(user ->
                assertThat(user.passwordHash()).isEmpty());
        assertThat(engineIdentity.createUserQuery().memberOfGroup("officers-UNA").list())
                .extracting(user -> user.getId()).contains("kc-officer");
        assertThat(get("/engine-rest/engine", token).statusCode()).as("an officer's token is no admin").isEqualTo(403);
    }

    @Test
    void tokensThatDoNotMakeAValidUserAreRefused() throws Exception {
        Instant later = Instant.now().plus(5, ChronoUnit.MINUTES);
        assertThat(get("/api/me", OidcTokens.token(Map.of("preferred_username", "kc-x", "tto_role", "OFFICER",
                "tto_institution", "NOPE"), later)).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", OidcTokens.token(Map.of("preferred_username", "kc-y", "tto_role", "EMPEROR"),
                later)).statusCode()).isEqualTo(401);
        assertThat(get("/api/me", OidcTokens.token(Map.of("preferred_username", "officer-a", "tto_role", "ADMIN"),
                later)).statusCode()).as("a token cannot take over a local user").isEqualTo(401);
        assertThat(get("/api/me", OidcTokens.token(Map.of("preferred_username", "kc-z", "tto_role", "REVIEWER"),
                Instant.now().minus(5, ChronoUnit.MINUTES))).statusCode()).as("expired").isEqualTo(401);
        assertThat(get("/api/me", "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(users.existsByUsername("kc-x")).isFalse();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
