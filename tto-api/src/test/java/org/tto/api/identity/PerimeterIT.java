package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;
import org.tto.identity.AppUserRepository;

/**
 * What an anonymous caller, a signed-in officer and an admin can reach at the edges of the application: the engine's
 * REST API, the Camunda webapps, actuator and the OpenAPI document.
 */
@TtoIntegrationTest
class PerimeterIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Test
    void engineRestRefusesAnonymousCallersWithAProblem() {
        HttpResponse<String> response = Http.anonymous(port).get("/engine-rest/process-definition");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void engineRestIsForAdminsOnly() {
        assertThat(Http.as("officer-a", port).get("/engine-rest/process-definition").statusCode()).isEqualTo(403);
        assertThat(Http.as("reviewer", port).get("/engine-rest/process-definition").statusCode()).isEqualTo(403);
        assertThat(Http.as("admin", port).get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
    }

    @Test
    void engineRestRefusesAWrongPassword() {
        assertThat(Http.withPassword("admin", "not-demo", port).get("/engine-rest/process-definition").statusCode())
                .isEqualTo(401);
    }

    @Test
    void engineRestListsTheDirectorysUsers() {
        HttpResponse<String> response = Http.as("admin", port).get("/engine-rest/user?id=officer-a");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"officer-a\"").contains("Otieno");
    }

    @Test
    void webappApisRefuseAnonymousCallers() {
        Http anonymous = Http.anonymous(port);

        assertThat(anonymous.get("/camunda/api/engine/engine/default/process-definition").statusCode())
                .isEqualTo(401);
        assertThat(anonymous.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode()).isIn(401, 403);
        assertThat(anonymous.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    }

    @Test
    void theFirstAdminSetupPageCannotCreateUsers() {
        long before = users.count();
        Http anonymous = Http.anonymous(port);
        String xsrf = xsrfToken(anonymous);

        HttpResponse<String> response = anonymous.post("/camunda/api/admin/setup/default/user/create",
                "application/json", "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"I\"},"
                        + "\"credentials\":{\"password\":\"intruder1\"}}", xsrf);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.existsByUsername("intruder")).isFalse();
    }

    @Test
    void cockpitServesItsLoginPage() {
        HttpResponse<String> page = Http.anonymous(port).get("/camunda/app/cockpit/default/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("cockpit");
    }

    @Test
    void webappsSignInWithTheDirectorysUsersAndPasswords() {
        Http browser = Http.anonymous(port);
        String xsrf = xsrfToken(browser);

        HttpResponse<String> wrong = browser.post("/camunda/api/admin/auth/user/default/login/tasklist", FORM,
                "username=officer-a&password=not-demo", xsrf);
        HttpResponse<String> right = browser.post("/camunda/api/admin/auth/user/default/login/tasklist", FORM,
                "username=officer-a&password=demo", xsrf);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"userId\":\"officer-a\"").contains("tasklist").doesNotContain("cockpit");
    }

    @Test
    void tasklistListsOnlyTheCallersOwnInstitutionsUsers() throws Exception {
        Http officer = Http.anonymous(port);
        String xsrf = xsrfToken(officer);
        assertThat(officer.post("/camunda/api/admin/auth/user/default/login/tasklist", FORM,
                "username=officer-b&password=demo", xsrf).statusCode()).isEqualTo(200);
        HttpResponse<String> users = officer.get("/camunda/api/engine/engine/default/user");
        assertThat(users.statusCode()).isEqualTo(200);
        var ids = new com.fasterxml.jackson.databind.ObjectMapper().readTree(users.body()).findValuesAsText("id");
        assertThat(ids).contains("officer-b").doesNotContain("officer-a", "director-a", "inventor-a", "admin",
                "coordinator-ke");
        assertThat(Http.as("admin", port).get("/engine-rest/user").body()).contains("officer-a", "officer-b");
    }

    @Test
    void onlyAdminsOpenCockpit() {
        Http officer = Http.anonymous(port);
        String xsrf = xsrfToken(officer);
        assertThat(officer.post("/camunda/api/admin/auth/user/default/login/cockpit", FORM,
                "username=officer-a&password=demo", xsrf).statusCode()).isEqualTo(403);

        Http admin = Http.anonymous(port);
        String adminXsrf = xsrfToken(admin);
        HttpResponse<String> login = admin.post("/camunda/api/admin/auth/user/default/login/cockpit", FORM,
                "username=admin&password=demo", adminXsrf);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/engine/engine/default/process-definition/count").statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthAndOpenApiArePublicButSwaggerUiAndMetricsAreNot() {
        Http anonymous = Http.anonymous(port);

        HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").body()).contains("\"openapi\"");
        HttpResponse<String> swagger = anonymous.get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).as("to the sign-in page").isEqualTo(302);
        assertThat(swagger.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.get("/swagger-ui.html").statusCode()).isEqualTo(302);

        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(Http.as("officer-a", port).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = Http.as("admin", port).get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections");
    }

    @Test
    void theApiRefusesAnonymousCallers() {
        assertThat(Http.anonymous(port).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/api/anything").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInUserSeesTheirRoleAndScope() {
        HttpResponse<String> me = Http.as("director-a", port).get("/api/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"DIRECTOR\"").contains("\"institution\":\"UNA\"")
                .contains("\"country\":\"KE\"").contains("directors-UNA");
    }

    /** The webapps' CSRF token: a cookie set on the first page load, echoed back in a header. */
    private static String xsrfToken(Http browser) {
        HttpResponse<String> page = browser.get("/camunda/app/tasklist/default/");
        return page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie set by the webapp"));
    }
}
