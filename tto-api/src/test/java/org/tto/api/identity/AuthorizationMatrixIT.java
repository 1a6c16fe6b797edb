package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Every endpoint of the running application against every demo user, from an explicit expectation table. An endpoint
 * without a row fails the build, and so does a row for an endpoint that no longer exists.
 * <ul>
 *   <li>anonymous callers always get 401;</li>
 *   <li>a user the row allows is never refused for who they are (no 401, no 403);</li>
 *   <li>a user the row does not allow never succeeds (no 2xx);</li>
 *   <li>{@code strict} rows (reads of a real UNA record) also demand exactly 2xx for the allowed users and 403/404 for
 *       the others;</li>
 *   <li>nobody ever gets a 500.</li>
 * </ul>
 * Path variables are a real UNA disclosure and plan where the row uses {@code {id}} on those resources, and ids that
 * do not exist elsewhere; bodies are empty objects, so writes are refused by validation or rules without changing
 * anything for the allowed users.
 */
@TtoIntegrationTest
class AuthorizationMatrixIT {

    private static final List<String> USERS = List.of("admin", "officer-a", "director-a", "inventor-a", "officer-b",
            "coordinator-ke", "coordinator-vn", "reviewer");
    private static final Set<String> ALL = Set.copyOf(USERS);
    private static final Set<String> INSTITUTION_STAFF = Set.of("officer-a", "officer-b", "director-a");
    private static final Set<String> SUBMITTERS = Set.of("inventor-a", "officer-a", "officer-b", "director-a");
    private static final Set<String> PLAN_MANAGERS = Set.of("coordinator-ke", "coordinator-vn", "admin");
    private static final Set<String> UNA_PLAN_MANAGERS = Set.of("coordinator-ke", "admin");
    private static final Set<String> UNA_PLAN_READERS = Set.of("officer-a", "director-a", "coordinator-ke", "reviewer",
            "admin");
    private static final Set<String> JUDGES = Set.of("reviewer", "admin");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private record Row(Set<String> allowed, boolean strict) {}

    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    static {
        allow("GET /api/me", ALL);
        allow("GET /api/disclosures", ALL);
        allow("POST /api/disclosures", SUBMITTERS);
        strict("GET /api/disclosures/{id}", Set.of("officer-a", "director-a", "inventor-a"));
        allow("POST /api/disclosures/{id}/filings", Set.of("officer-a", "director-a"));
        allow("POST /api/disclosures/{id}/deadlines/{deadlineId}/close", Set.of("officer-a", "director-a"));
        allow("GET /api/tasks", ALL);
        allow("GET /api/tasks/{taskId}", ALL);
        allow("POST /api/tasks/{taskId}/claim", ALL);
        allow("POST /api/tasks/{taskId}/unclaim", ALL);
        allow("POST /api/tasks/{taskId}/triage", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/answer", Set.of("inventor-a"));
        allow("POST /api/tasks/{taskId}/assessment", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/protection-decision", Set.of("director-a"));
        allow("POST /api/tasks/{taskId}/filings", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/novelty-action", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/commercialisation-routes", INSTITUTION_STAFF);
        allow("GET /api/deadlines/pct-national-phase", ALL);
        allow("GET /api/deadlines/offices", ALL);
        allow("GET /api/deadlines/novelty-risk", ALL);
        strict("GET /api/audit", Set.of("admin", "director-a"));
        strict("GET /api/audit/export", Set.of("admin", "director-a"));
        strict("GET /api/admin/countries", Set.of("admin"));
        strict("GET /api/admin/institutions", Set.of("admin"));
        strict("GET /api/admin/users", Set.of("admin"));
        allow("POST /api/admin/countries", Set.of("admin"));
        allow("POST /api/admin/institutions", Set.of("admin"));
        allow("POST /api/admin/users", Set.of("admin"));
        allow("PUT /api/admin/users/{username}/enabled", Set.of("admin"));
        allow("PUT /api/admin/institutions/{code}/fiscal-year-start", Set.of("admin"));
        allow("GET /api/plans", Set.of("admin", "officer-a", "director-a", "officer-b", "coordinator-ke",
                "coordinator-vn", "reviewer"));
        allow("POST /api/plans", PLAN_MANAGERS);
        strict("GET /api/plans/{id}", UNA_PLAN_READERS);
        strict("GET /api/plans/{id}/history", UNA_PLAN_READERS);
        allow("PUT /api/plans/{id}/findings/{dimension}", UNA_PLAN_MANAGERS);
        allow("PUT /api/plans/{id}/targets/{indicator}", UNA_PLAN_MANAGERS);
        allow("POST /api/plans/{id}/action-items", UNA_PLAN_MANAGERS);
        allow("PUT /api/plans/{id}/action-items/{itemId}", UNA_PLAN_MANAGERS);
        allow("POST /api/plans/{id}/action-items/{itemId}/completion", UNA_PLAN_MANAGERS);
        allow("POST /api/plans/{id}/budget-lines", UNA_PLAN_MANAGERS);
        allow("POST /api/plans/{id}/events/{event}", UNA_PLAN_MANAGERS);
        allow("POST /api/disclosures/{id}/licensing", Set.of("officer-a", "director-a"));
        allow("POST /api/tasks/{taskId}/technology-brief", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/prospect-choice", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/confidentiality", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/option", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/term-sheet", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/agreement-draft", INSTITUTION_STAFF);
        allow("POST /api/licensing-paths/{id}/abandonment", INSTITUTION_STAFF);
        allow("GET /api/licensing-paths/{id}", INSTITUTION_STAFF);
        strict("GET /api/disclosures/{id}/licensing-paths", Set.of("officer-a", "director-a"));
        allow("GET /api/disclosures/{id}/brief", Set.of("officer-a", "director-a"));
        allow("PUT /api/disclosures/{id}/brief", Set.of("officer-a", "director-a"));
        allow("POST /api/disclosures/{id}/prospects", Set.of("officer-a", "director-a"));
        strict("GET /api/disclosures/{id}/prospects", Set.of("officer-a", "director-a"));
        allow("GET /api/prospects/{id}", INSTITUTION_STAFF);
        allow("POST /api/prospects/{id}/interactions", INSTITUTION_STAFF);
        allow("POST /api/prospects/{id}/status", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/conflict-clearance", Set.of("director-a"));
        allow("POST /api/tasks/{taskId}/agreement-approval", Set.of("director-a"));
        allow("POST /api/tasks/{taskId}/licence-execution", INSTITUTION_STAFF);
        strict("GET /api/disclosures/{id}/agreements", Set.of("officer-a", "director-a"));
        allow("GET /api/agreements/{id}", INSTITUTION_STAFF);
        allow("GET /api/agreements/{id}/obligations", INSTITUTION_STAFF);
        strict("GET /api/obligations/upcoming", INSTITUTION_STAFF);
        strict("GET /api/obligations/late", INSTITUTION_STAFF);
        allow("POST /api/obligations/{id}/fulfilment", INSTITUTION_STAFF);
        allow("POST /api/agreements/{id}/royalty-reports", INSTITUTION_STAFF);
        allow("GET /api/agreements/{id}/royalty-reports", INSTITUTION_STAFF);
        allow("POST /api/distribution-policies", Set.of("director-a", "admin"));
        strict("GET /api/distribution-policies", INSTITUTION_STAFF);
        allow("POST /api/disclosures/{id}/costs", Set.of("officer-a", "director-a"));
        strict("GET /api/disclosures/{id}/costs", Set.of("officer-a", "director-a"));
        allow("POST /api/receipts", INSTITUTION_STAFF);
        allow("GET /api/receipts/{id}", INSTITUTION_STAFF);
        allow("GET /api/distributions/{id}", INSTITUTION_STAFF);
        strict("GET /api/disclosures/{id}/distributions", Set.of("officer-a", "director-a"));
        allow("GET /api/statements", Set.of("officer-a", "officer-b", "director-a", "inventor-a"));
        allow("POST /api/disclosures/{id}/startup-formation", Set.of("officer-a", "director-a"));
        allow("POST /api/tasks/{taskId}/startup-founders", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/startup-plan-review", Set.of("director-a"));
        allow("POST /api/tasks/{taskId}/startup-plan-revision", INSTITUTION_STAFF);
        allow("POST /api/tasks/{taskId}/startup-conflict-review", Set.of("director-a"));
        allow("POST /api/tasks/{taskId}/startup-incorporation", INSTITUTION_STAFF);
        strict("GET /api/disclosures/{id}/startups", Set.of("officer-a", "director-a"));
        strict("GET /api/startups", INSTITUTION_STAFF);
        strict("GET /api/startups/survival", INSTITUTION_STAFF);
        allow("GET /api/startups/{id}", INSTITUTION_STAFF);
        allow("POST /api/startups/{id}/status", INSTITUTION_STAFF);
        strict("GET /api/checkpoints/awaiting-verdict", JUDGES);
        allow("GET /api/checkpoints/{id}", UNA_PLAN_READERS);
        allow("POST /api/checkpoints/{id}/submission", PLAN_MANAGERS);
        allow("POST /api/checkpoints/{id}/verdict", JUDGES);
        strict("GET /api/reports/autm", UNA_PLAN_READERS);
        strict("GET /api/reports/autm/export", UNA_PLAN_READERS);
        allow("PUT /api/reports/research-expenditure/{fiscalYear}", Set.of("director-a"));
    }

    private static void allow(String endpoint, Set<String> users) {
        TABLE.put(endpoint, new Row(users, false));
    }

    private static void strict(String endpoint, Set<String> users) {
        TABLE.put(endpoint, new Row(users, true));
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String disclosureId;
    private String planId;

    @BeforeEach
    void fixtures() throws Exception {
        ObjectMapper json = new ObjectMapper();
        if (disclosureId == null) {
            disclosureId = json.readTree(Http.as("inventor-a", port).postJson("/api/disclosures", """
                    {"title":"Matrix fixture","summary":"s","confidentialDescription":"c","trl":2,
                     "inventors":[{"name":"Irene","email":"inventor-a@una.example.org","affiliation":"X",
                                   "sharePercent":100,"username":"inventor-a"}]}""").body()).get("id").asText();
            HttpResponse<String> plan = Http.as("coordinator-ke", port).postJson("/api/plans",
                    "{\"institution\":\"UNA\"}");
            planId = plan.statusCode() == 201 ? json.readTree(plan.body()).get("id").asText()
                    : existingUnaPlan(json);
        }
    }

    private String existingUnaPlan(ObjectMapper json) throws Exception {
        var plans = json.readTree(Http.as("coordinator-ke", port).get("/api/plans?institution=UNA").body());
        return plans.findValuesAsText("id").get(0);
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> endpoints = endpoints();
        assertThat(new TreeSet<>(endpoints)).as("endpoints without a row in the authorization table")
                .isSubsetOf(TABLE.keySet());
        assertThat(new TreeSet<>(TABLE.keySet())).as("rows for endpoints that no longer exist")
                .isSubsetOf(endpoints);
    }

    @Test
    void everyUserGetsWhatTheTableSays() {
        List<String> violations = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Row row = TABLE.get(endpoint);
            if (row == null) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concretePath(endpoint.substring(endpoint.indexOf(' ') + 1));
            int anonymous = send(Http.anonymous(port), method, path).statusCode();
            if (anonymous != 401) {
                violations.add(endpoint + " anonymous -> " + anonymous);
            }
            for (String user : USERS) {
                int status = send(Http.as(user, port), method, path).statusCode();
                boolean allowed = row.allowed().contains(user);
                boolean ok = status < 500 && (allowed
                        ? status != 401 && status != 403 && (!row.strict() || status / 100 == 2)
                        : status / 100 != 2 && (!row.strict() || status == 403 || status == 404));
                if (!ok) {
                    violations.add(endpoint + " " + user + (allowed ? " (allowed)" : " (not allowed)") + " -> "
                            + status);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }

    private String concretePath(String pattern) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, value(pattern, variables.group(1)));
        }
        variables.appendTail(path);
        String query = switch (pattern) {
            case "/api/deadlines/pct-national-phase" -> "?office=EP&priorityDate=2025-01-15&chapter=I";
            case "/api/deadlines/novelty-risk" -> "?disclosureDate=2025-01-15";
            case "/api/reports/autm", "/api/reports/autm/export" -> "?fiscalYear=2026&institution=UNA";
            default -> "";
        };
        return path + query;
    }

    private String value(String pattern, String variable) {
        return switch (variable) {
            case "id" -> pattern.startsWith("/api/disclosures") ? disclosureId
                    : pattern.startsWith("/api/plans") ? planId : "999999";
            case "dimension" -> "PROCEDURES";
            case "indicator" -> "STAFF_RETAINED";
            case "event" -> "SUSPEND";
            case "taskId" -> "no-such-task";
            case "username" -> "nobody-such";
            case "fiscalYear" -> "2026";
            default -> "999999";
        };
    }

    private static HttpResponse<String> send(Http http, String method, String path) {
        return switch (method) {
            case "GET" -> http.get(path);
            case "POST" -> http.postJson(path, "{}");
            case "PUT" -> http.putJson(path, "{}");
            default -> throw new IllegalArgumentException("no request for " + method + " " + path);
        };
    }
}
