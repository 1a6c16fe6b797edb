package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.TtoIntegrationTest;

/**
 * Page sign-in through the institution's identity provider (OpenID Connect, authorization code) against Spring
 * Authorization Server started in the test ({@link TestOidcProvider}): the provider's user becomes a user of the
 * directory with the role and institution its claims say, and works in the pages; claims naming an unknown
 * institution refuse the sign-in; the sign-in page offers the provider.
 */
@TtoIntegrationTest
class OidcPageSignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void theProvidersUserSignsInToThePagesWithTheRoleAndInstitutionOfTheClaims() throws Exception {
        assertThat(get(app("/login")).body()).as("the sign-in page offers the provider")
                .contains("/oauth2/authorization/tto").contains("Test identity provider");
        HttpResponse<String> home = signInAtTheProvider("amina");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("data-role=\"OFFICER\"").contains("amina.wanjiru");
        assertThat(jdbc.queryForObject("select i.code from app_user u join institution i on i.id = u.institution_id"
                + " where u.username = 'amina.wanjiru'", String.class)).isEqualTo("UNA");
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'amina.wanjiru'",
                String.class)).as("no local password").isNull();
        assertThat(get(app("/cases")).statusCode()).as("an officer's page").isEqualTo(200);
        assertThat(get(app("/decisions")).statusCode()).as("a director's page").isEqualTo(403);
    }

    @Test
    void claimsThatMakeNoValidUserRefuseTheSignIn() throws Exception {
        HttpResponse<String> refused = signInAtTheProvider("stranger");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("data-test=\"login-error\"");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'stranger'", Integer.class))
                .isZero();
    }

    /** The authorization-code flow as a browser follows it: each redirect, the provider's sign-in form. */
    private HttpResponse<String> signInAtTheProvider(String user) throws Exception {
        HttpResponse<String> step = follow(get(app("/oauth2/authorization/tto")));
        assertThat(step.uri().toString()).as("the provider's sign-in page").startsWith(TestOidcProvider.issuer())
                .endsWith("/login");
        Matcher csrf = CSRF.matcher(step.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(step.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=secret&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return follow(signedIn);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next);
        }
        return response;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application at 127.0.0.1 (a loopback redirect back from the provider). */
    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
