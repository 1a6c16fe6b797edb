package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Pages sign in with a form and keep a session in the database; the session id changes at sign-in, every
 * state-changing page request needs its CSRF token, and signing out ends the session. The API stays stateless.
 */
@TtoIntegrationTest
class SessionIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A browser: keeps its cookies, follows no redirect. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        String csrf(String page) throws Exception {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageAsksForSignInAndTheSessionLivesInTheDatabaseUntilSignOut() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> anonymous = browser.get("/swagger-ui/index.html");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        String csrf = browser.csrf("/login");
        String before = browser.session();
        assertThat(browser.postForm("/login", "username=officer-a&password=wrong&_csrf=" + csrf).headers()
                .firstValue("Location").orElseThrow()).endsWith("/login?error");

        csrf = browser.csrf("/login");
        HttpResponse<String> signedIn = browser.postForm("/login", "username=officer-a&password=demo&_csrf=" + csrf);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = browser.session();
        assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);

        assertThat(jdbc.queryForObject("select MAX_INACTIVE_INTERVAL from SPRING_SESSION where PRINCIPAL_NAME = ? "
                + "order by LAST_ACCESS_TIME desc limit 1", Integer.class, "officer-a"))
                .as("30 idle minutes").isEqualTo(1800);

        assertThat(browser.postForm("/logout", "").statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.get("/swagger-ui/index.html").statusCode()).as("still signed in").isEqualTo(200);

        csrf = browser.csrf("/login");
        HttpResponse<String> out = browser.postForm("/logout", "_csrf=" + csrf);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where SESSION_ID = ?", Integer.class,
                new String(java.util.Base64.getDecoder().decode(after), StandardCharsets.UTF_8)))
                .as("the session is gone").isZero();
    }

    @Test
    void theApiCreatesNoSession() {
        HttpResponse<String> me = Http.as("officer-a", port).get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
