package org.tto.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tto.api.Http;
import org.tto.testsupport.TestDatabase;
import org.tto.testsupport.TestMail;

/**
 * R3, the database outage, in small: the application reaches MariaDB through a relay that the test cuts. While the
 * database is away every answer is a 503 problem with Retry-After (valid credentials included: an outage is not a
 * wrong password), readiness says DOWN while liveness stays UP, and once the relay is back the application recovers
 * by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tto.demo-data.enabled=true", "camunda.bpm.job-execution.enabled=false",
            "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:oidc/test-public.pem"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = {DatabaseOutageIT.ThroughRelay.class, TestMail.class})
@DirtiesContext
class DatabaseOutageIT {

    static TcpProxy relay;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayEveryAnswerIsA503ProblemAndTheApplicationRecoversByItself() throws Exception {
        Http officer = Http.as("officer-a", port);
        Http anonymous = Http.anonymous(port);
        assertThat(officer.get("/api/me").statusCode()).isEqualTo(200);

        relay.cut();

        // a new client signs in afresh (its credentials must be looked up); the first one may hold a session
        for (HttpResponse<String> answer : List.of(Http.as("officer-a", port).get("/api/me"),
                Http.as("director-a", port).postJson("/api/tasks/no-such-task/claim", "{}"),
                officer.get("/api/disclosures"))) {
            assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).contains("5");
            assertThat(answer.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"https://tto.example.org/problems/unavailable\"");
        }
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        relay.restore();

        awaitStatus(() -> Http.as("officer-a", port).get("/api/me"), 200);
        awaitStatus(() -> anonymous.get("/actuator/health/readiness"), 200);
        assertThat(officer.get("/api/disclosures").statusCode()).isEqualTo(200);
    }

    private static void awaitStatus(Supplier<HttpResponse<String>> request, int status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int last;
        while ((last = request.get().statusCode()) != status) {
            assertThat(System.nanoTime()).as("still " + last + " a minute after the database came back")
                    .isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** The test database, reached through the relay. */
    static class ThroughRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Connection db = TestDatabase.connection();
            URI target = URI.create(db.url().substring("jdbc:".length()));
            try {
                relay = new TcpProxy(target.getHost(), target.getPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            String url = "jdbc:mysql://127.0.0.1:" + relay.port() + target.getPath();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tto-relayed-database",
                    Map.of("TTO_DB_URL", url, "TTO_DB_USER", db.user(),
                            "TTO_DB_PASSWORD", db.password() == null ? "" : db.password())));
        }
    }
}
