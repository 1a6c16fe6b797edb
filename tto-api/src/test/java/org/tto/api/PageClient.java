package org.tto.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the page tests: keeps its cookies (the session, the language), follows no redirect,
 * asks for HTML, and sends forms with the CSRF token of the page they came from.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String acceptLanguage = "en";
    private String lastCsrf;

    public PageClient(int port) {
        this.port = port;
    }

    /** A client signed in as a demo user (password "demo"). */
    public static PageClient signedIn(String username, int port) {
        PageClient page = new PageClient(port);
        HttpResponse<String> answer = page.signIn(username, "demo");
        assertThat(answer.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return page;
    }

    public PageClient language(String tag) {
        this.acceptLanguage = tag;
        return this;
    }

    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage);
        headers.forEach(request::header);
        HttpResponse<String> answer = send(request.build());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            lastCsrf = token.group(1);
        }
        return answer;
    }

    /** Posts a form with the CSRF token of the last page read (fields in the order given). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (lastCsrf != null) {
            form.putIfAbsent("_csrf", lastCsrf);
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts the form and follows its redirect (post/redirect/get), answering the page it leads to. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        HttpResponse<String> answer = post(path, fields);
        if (answer.statusCode() == 302 || answer.statusCode() == 303) {
            return get(location(answer));
        }
        return answer;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The path (and query) a redirect leads to. */
    public static String location(HttpResponse<String> answer) {
        URI to = URI.create(answer.headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
