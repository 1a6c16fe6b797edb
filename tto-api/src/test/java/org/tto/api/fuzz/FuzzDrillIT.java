package org.tto.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.TtoIntegrationTest;
import org.tto.api.identity.OidcTokens;
import org.tto.api.fuzz.MalformedRequests.Request;

/**
 * Drill R1: malformed requests generated from the served OpenAPI document, sent to the running application on
 * MariaDB. Every answer is below 500; every error is an RFC 9457 problem with a stable type and its status; a refused
 * request writes nothing (the application's row counts, the audit log aside, are the same before and after it).
 * <p>
 * The build runs a slice ({@code tto.fuzz.requests}, default 600, a fixed sample over every operation); the full
 * drill runs every generated request, topped up with random combinations to the number asked:
 * {@code ./mvnw -pl tto-api -am verify -Dit.test=FuzzDrillIT -Dtto.fuzz.requests=12000}. Its figures are written to
 * {@code target/fuzz-drill.txt} (see docs/reliability.md).
 */
@TtoIntegrationTest
class FuzzDrillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_TYPES = "https://tto.example.org/problems/";
    private static final String INSTITUTION = "FUZZ";
    private static final String COUNTRY = "QF";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Most requests carry a bearer token of a user with the same role and scope as the demo user named (checking a
     * token is cheap; a password hash per request would make the drill ten times slower); requests "as another user"
     * sign in with HTTP Basic, so both ways in are fuzzed.
     */
    private static final Map<String, Map<String, Object>> TOKEN_USERS = Map.of(
            "officer-a", claims("fuzz-officer", "OFFICER", "tto_institution", INSTITUTION),
            "director-a", claims("fuzz-director", "DIRECTOR", "tto_institution", INSTITUTION),
            "inventor-a", claims("fuzz-inventor", "INVENTOR", "tto_institution", INSTITUTION),
            "coordinator-ke", claims("fuzz-coordinator", "COORDINATOR", "tto_country", COUNTRY),
            "reviewer", claims("fuzz-reviewer", "REVIEWER", null, null),
            "admin", claims("fuzz-admin", "ADMIN", null, null));

    private final Map<String, String> tokens = new java.util.HashMap<>();

    @Test
    void malformedRequestsAreRefusedWithProblemsAndWriteNothing() throws Exception {
        int wanted = Integer.getInteger("tto.fuzz.requests", 600);
        long seed = Long.getLong("tto.fuzz.seed", 19L);
        OpenAPI api = Json.mapper().readValue(send(null, "GET", "/v3/api-docs", null, null).body(), OpenAPI.class);
        // the drill's users work in an institution of their own, so what it writes touches no other test's data
        HttpResponse<String> country = send("admin", true, "POST", "/api/admin/countries", "application/json",
                ("{\"code\":\"" + COUNTRY + "\",\"name\":\"Fuzzland\",\"region\":\"AFRICA\",\"ldc\":false,"
                        + "\"programme\":9}").getBytes(StandardCharsets.UTF_8));
        assertThat(country.statusCode()).as(country.body()).isIn(201, 409);
        HttpResponse<String> institution = send("admin", true, "POST", "/api/admin/institutions", "application/json",
                ("{\"code\":\"" + INSTITUTION + "\",\"name\":\"Fuzz University\",\"country\":\"" + COUNTRY
                        + "\","
                        + "\"fiscalYearStartMonth\":7}").getBytes(StandardCharsets.UTF_8));
        assertThat(institution.statusCode()).as(institution.body()).isIn(201, 409);
        List<Request> generated = new MalformedRequests(api, INSTITUTION).generate();
        List<Request> run = plan(generated, wanted, new Random(seed));
        String countQuery = countQuery();
        for (String user : TOKEN_USERS.keySet()) {
            // the first request of a token's user creates it (just in time): before the counts are taken
            assertThat(send(user, "GET", "/api/me", null, null).statusCode()).as(user).isEqualTo(200);
        }

        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        long started = System.nanoTime();
        List<Long> counts = counts(countQuery);
        for (Request request : run) {
            HttpResponse<String> response = send(request.user(), request.kind().startsWith("other-user"),
                    request.method(), request.path(), request.contentType(), request.body());
            int status = response.statusCode();
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            String what = request.operation() + " [" + request.kind() + "] as " + request.user() + " -> " + status;
            if (status >= 500) {
                failures.add("5xx: " + what + " " + abbreviate(response.body()));
            }
            if (status >= 400) {
                String problem = problemFault(response);
                if (problem != null) {
                    failures.add("not a problem (" + problem + "): " + what + " " + abbreviate(response.body()));
                }
            }
            List<Long> after = counts(countQuery);
            if (status >= 300 && !after.equals(counts)) {
                failures.add("refused but wrote: " + what);
            }
            if (status < 300) {
                accepted++;
            }
            counts = after;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        String report = "R1 fuzz drill: " + run.size() + " requests (" + generated.size() + " generated over "
                + generated.stream().map(Request::operation).distinct().count() + " operations, seed " + seed
                + ") in " + seconds + " s\n"
                + "answers by status: " + byStatus + "\n"
                + "accepted (2xx): " + accepted + "\n"
                + "5xx: " + failures.stream().filter(f -> f.startsWith("5xx")).count() + "\n"
                + "errors that are not problems: " + failures.stream().filter(f -> f.startsWith("not a problem"))
                        .count() + "\n"
                + "refused requests that wrote rows: " + failures.stream().filter(f -> f.startsWith("refused"))
                        .count() + "\n"
                + "requests by kind: " + run.stream().collect(Collectors.groupingBy(r -> r.kind().split(" ")[0],
                        TreeMap::new, Collectors.counting())) + "\n"
                + failures.stream().limit(200).collect(Collectors.joining("\n"));
        Files.writeString(Path.of("target", "fuzz-drill.txt"), report);
        System.out.println(report);

        assertThat(failures).as(report).isEmpty();
        assertThat(run.size()).isGreaterThanOrEqualTo(Math.min(wanted, generated.size()));
    }

    /** A fixed sample of {@code wanted} requests, or all of them topped up with random recombinations. */
    private static List<Request> plan(List<Request> generated, int wanted, Random random) {
        if (wanted <= generated.size()) {
            List<Request> sample = new ArrayList<>(generated);
            Collections.shuffle(sample, random);
            return sample.subList(0, wanted);
        }
        List<Request> all = new ArrayList<>(generated);
        while (all.size() < wanted) {
            Request a = generated.get(random.nextInt(generated.size()));
            Request b = generated.get(random.nextInt(generated.size()));
            // another operation's body, user or content type on this one's target
            all.add(switch (random.nextInt(3)) {
                case 0 -> new Request(a.user(), a.method(), a.path(), b.contentType(), b.body(),
                        "recombined body", a.operation());
                case 1 -> new Request(b.user(), a.method(), a.path(), a.contentType(), a.body(),
                        "recombined user", a.operation());
                default -> new Request(a.user(), a.method(), a.path(), "application/json", b.body(),
                        "recombined json", a.operation());
            });
        }
        return all;
    }

    /** What makes this error answer no problem, or null when it is one. */
    private static String problemFault(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "Content-Type " + type;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.path("type").asText().startsWith(PROBLEM_TYPES)) {
                return "type " + problem.path("type").asText();
            }
            if (problem.path("status").asInt() != response.statusCode()) {
                return "status " + problem.path("status").asText();
            }
            return null;
        } catch (IOException e) {
            return "body is no JSON";
        }
    }

    /** One query counting the rows of every application table; the audit log records refusals by design. */
    private String countQuery() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class).stream()
                .filter(t -> !t.toLowerCase().startsWith("act_") && !t.toLowerCase().startsWith("flyway")
                        && !t.equalsIgnoreCase("audit_log"))
                .sorted().toList();
        assertThat(tables).contains("disclosure", "receipt", "implementation_plan");
        return tables.stream().map(t -> "select count(*) from " + t).collect(Collectors.joining(" union all "));
    }

    private List<Long> counts(String query) {
        return jdbc.queryForList(query, Long.class);
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(user, false, method, path, contentType, body);
    }

    private HttpResponse<String> send(String user, boolean basic, String method, String path, String contentType,
            byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", authorization(user, basic));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String authorization(String user, boolean basic) {
        if (basic || !TOKEN_USERS.containsKey(user)) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }
        return "Bearer " + tokens.computeIfAbsent(user, u -> OidcTokens.token(TOKEN_USERS.get(u),
                Instant.now().plus(Duration.ofHours(6))));
    }

    private static Map<String, Object> claims(String username, String role, String scopeClaim, String scope) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("sub", username, "preferred_username", username,
                "given_name", "Fuzz", "family_name", role, "email", username + "@fuzz.example.org", "tto_role", role));
        if (scopeClaim != null) {
            claims.put(scopeClaim, scope);
        }
        return claims;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
