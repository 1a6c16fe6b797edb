package org.tto.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for end-to-end tests: real requests to the running app, as a given demo user or nobody. */
public final class Http {

    private final HttpClient client;
    private final String base;
    private final String authorization;

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null);
    }

    /** A demo user (password {@code demo}). */
    public static Http as(String username, int port) {
        return withPassword(username, "demo", port);
    }

    public static Http withPassword(String username, String password, int port) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http("http://localhost:" + port, "Basic " + token);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json, null);
    }

    /** A POST of JSON with extra headers (e.g. an Idempotency-Key). */
    public HttpResponse<String> postJson(String path, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a Camunda webapp sends it: with the CSRF token it was given, or none. */
    public HttpResponse<String> post(String path, String contentType, String body, String xsrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (xsrfToken != null) {
            request.header("X-XSRF-TOKEN", xsrfToken);
        }
        return send(request);
    }

    /** A PUT as a Camunda webapp sends it, with the CSRF token it was given. */
    public HttpResponse<String> put(String path, String contentType, String body, String xsrfToken) {
        return send(request(path).header("Content-Type", contentType).header("X-XSRF-TOKEN", xsrfToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
