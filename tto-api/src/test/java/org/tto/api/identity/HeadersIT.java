package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** The security headers of our answers and pages; Camunda's webapps keep the policy they need on their paths. */
@TtoIntegrationTest
class HeadersIT {

    @LocalServerPort
    int port;

    @Test
    void ourAnswersForbidInlineScriptsFramingAndSniffing() {
        HttpResponse<String> me = Http.as("officer-a", port).get("/api/me");
        String csp = me.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(directive(csp, "script-src")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(me.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(me.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(me.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();

        HttpResponse<String> refused = Http.anonymous(port).get("/api/me");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).contains(csp);
    }

    @Test
    void overTlsStrictTransportSecurityIsSent() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000", "includeSubDomains");
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() {
        HttpResponse<String> tasklist = Http.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1)
                .noneMatch(policy -> policy.equals(SecurityConfig.CONTENT_SECURITY_POLICY));
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.strip().startsWith(name + " ")) {
                return part.strip();
            }
        }
        return "";
    }
}
