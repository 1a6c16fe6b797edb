package org.tto.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/** Admins add a country, an institution and its officer, who can then sign in within that scope. */
@TtoIntegrationTest
class AdminIT {

    @LocalServerPort
    int port;

    @Test
    void anAdminSetsUpANewInstitutionAndItsOfficer() {
        Http admin = Http.as("admin", port);

        assertThat(admin.postJson("/api/admin/countries", """
                {"code":"RW","name":"Rwanda","region":"AFRICA","ldc":true,"programme":9}""").statusCode())
                .isIn(201, 409);
        assertThat(admin.postJson("/api/admin/institutions", """
                {"code":"URW","name":"University of Rwanda","country":"RW","fiscalYearStartMonth":7}""").statusCode())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/admin/users", """
                {"username":"officer-urw","password":"correct horse battery","firstName":"Jean","lastName":"Mugisha",
                 "email":"officer@ur.example.org","role":"OFFICER","institution":"URW"}""").statusCode())
                .isEqualTo(201);

        String me = Http.withPassword("officer-urw", "correct horse battery", port).get("/api/me").body();
        assertThat(me).contains("\"institution\":\"URW\"").contains("\"country\":\"RW\"").contains("officers-URW");

        assertThat(admin.putJson("/api/admin/users/officer-urw/enabled", "{\"enabled\":false}").statusCode())
                .isEqualTo(200);
        assertThat(Http.withPassword("officer-urw", "correct horse battery", port).get("/api/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void badOrDuplicateInputIsAProblem() {
        Http admin = Http.as("admin", port);

        assertThat(admin.postJson("/api/admin/institutions", """
                {"code":"UNA","name":"Again","country":"KE","fiscalYearStartMonth":7}""").statusCode()).isEqualTo(409);
        assertThat(admin.postJson("/api/admin/institutions", """
                {"code":"XYZ","name":"Nowhere","country":"ZZ","fiscalYearStartMonth":7}""").statusCode())
                .isEqualTo(400);
        assertThat(admin.postJson("/api/admin/users", """
                {"username":"short-pw","password":"demo","firstName":"S","lastName":"P","role":"REVIEWER"}""")
                .statusCode()).isEqualTo(400);
        assertThat(admin.postJson("/api/admin/users", """
                {"username":"no-scope","firstName":"N","lastName":"S","role":"OFFICER"}""").statusCode())
                .isEqualTo(400);
        assertThat(admin.putJson("/api/admin/users/admin/enabled", "{\"enabled\":false}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void onlyAdminsAdminister() {
        assertThat(Http.as("director-a", port).get("/api/admin/users").statusCode()).isEqualTo(403);
        assertThat(Http.as("coordinator-ke", port).postJson("/api/admin/institutions", """
                {"code":"UKE","name":"Sneaky","country":"KE","fiscalYearStartMonth":7}""").statusCode())
                .isEqualTo(403);
        assertThat(Http.as("admin", port).get("/api/admin/institutions").body()).doesNotContain("Sneaky");
    }
}
