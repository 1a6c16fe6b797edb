package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tto.api.Http;
import org.tto.api.PageClient;
import org.tto.api.TtoIntegrationTest;
import org.tto.api.shared.WebPage;

/**
 * Every page against every demo user, from an explicit table, as {@link AuthorizationMatrixIT} does for the API: a
 * page without a row fails the build. Anonymous visitors are sent to sign in; a user the row allows is never refused
 * for who they are; a user it does not allow never gets the page (403, or 404 for a record out of scope) — on a form,
 * with a valid form, refused before it is read; nobody ever gets a 500.
 */
@TtoIntegrationTest
class PageAuthorizationIT {

    private static final List<String> USERS = List.of("admin", "officer-a", "director-a", "inventor-a", "officer-b",
            "coordinator-ke", "coordinator-vn", "reviewer");
    private static final Set<String> ALL = Set.copyOf(USERS);
    private static final Set<String> SUBMITTERS = Set.of("inventor-a", "officer-a", "officer-b", "director-a");
    private static final Set<String> STAFF = Set.of("officer-a", "officer-b", "director-a");
    private static final Set<String> UNA_STAFF = Set.of("officer-a", "director-a");

    private record Row(Set<String> allowed, Map<String, String> form) {}

    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("GET /", new Row(ALL, null));
        TABLE.put("GET /profile", new Row(ALL, null));
        // an unknown language: refused beside the field, so no demo user's language changes
        TABLE.put("POST /profile/language", new Row(ALL, Map.of("language", "xx")));
        TABLE.put("GET /profile/password", new Row(ALL, null));
        TABLE.put("POST /profile/password", new Row(ALL, Map.of("currentPassword", "not it",
                "newPassword", "a long enough passphrase", "repeated", "a long enough passphrase")));
        TABLE.put("GET /tasks", new Row(ALL, null));
        TABLE.put("POST /tasks/{taskId}/claim", new Row(ALL, Map.of()));
        TABLE.put("POST /tasks/{taskId}/unclaim", new Row(ALL, Map.of()));
        TABLE.put("GET /deadline-preview", new Row(ALL, null));
        TABLE.put("GET /disclosures", new Row(SUBMITTERS, null));
        TABLE.put("GET /disclosures/new", new Row(SUBMITTERS, null));
        TABLE.put("POST /disclosures/new", new Row(SUBMITTERS, Map.of("action", "add-inventor")));
        TABLE.put("GET /disclosures/{id}", new Row(Set.of("inventor-a", "officer-a", "director-a"), null));
        TABLE.put("POST /disclosures/{id}/tasks/{taskId}/answer", new Row(Set.of("inventor-a"),
                Map.of("answers", "The answers")));
        TABLE.put("GET /cases", new Row(STAFF, null));
        TABLE.put("GET /cases/{id}", new Row(UNA_STAFF, null));
        TABLE.put("POST /cases/{id}/tasks/{taskId}/triage", new Row(UNA_STAFF, Map.of("outcome", "ACCEPT")));
        TABLE.put("POST /cases/{id}/tasks/{taskId}/assessment", new Row(UNA_STAFF, Map.of("novelty",
                "CLOSE_PRIOR_ART", "inventiveStep", "3", "industrialApplicability", "3", "marketPotential", "3",
                "trl", "3", "recommendation", "FILE_PATENT")));
        TABLE.put("POST /cases/{id}/tasks/{taskId}/protection-decision", new Row(Set.of("director-a"),
                Map.of("outcome", "FILE_PATENT", "reason", "Licensable")));
        TABLE.put("POST /cases/{id}/tasks/{taskId}/filings", new Row(UNA_STAFF, Map.of("filings[0].office", "US",
                "filings[0].kind", "PROVISIONAL", "filings[0].applicationNumber", "63/1", "filings[0].filingDate",
                "2025-01-15")));
        TABLE.put("POST /cases/{id}/tasks/{taskId}/novelty-action", new Row(UNA_STAFF,
                Map.of("action", "Filed first")));
        TABLE.put("GET /deadlines", new Row(STAFF, null));
        TABLE.put("GET /decisions", new Row(Set.of("director-a"), null));
        Set<String> programmeReaders = Set.of("admin", "officer-a", "director-a", "officer-b", "coordinator-ke",
                "coordinator-vn", "reviewer");
        TABLE.put("GET /programme", new Row(programmeReaders, null));
        TABLE.put("GET /programme/records", new Row(programmeReaders, null));
        TABLE.put("GET /programme/report", new Row(programmeReaders, null));
        TABLE.put("GET /programme/report/{format}", new Row(programmeReaders, null));
        TABLE.put("GET /periods", new Row(Set.of("admin", "coordinator-ke", "coordinator-vn", "reviewer"), null));
        TABLE.put("GET /training", new Row(Set.of("coordinator-ke", "coordinator-vn"), null));
        TABLE.put("GET /training/new", new Row(Set.of("coordinator-ke", "coordinator-vn"), null));
        // no title: refused beside the form after the role check, so no event is recorded
        TABLE.put("POST /training/new", new Row(Set.of("coordinator-ke", "coordinator-vn"),
                Map.of("kind", "WORKSHOP")));
        TABLE.put("GET /checkpoints", new Row(Set.of("admin", "reviewer"), null));
        // no such checkpoint: not found for the roles that may read one, refused by role otherwise
        TABLE.put("GET /checkpoints/{id}", new Row(Set.of("admin", "reviewer", "officer-a", "director-a",
                "officer-b", "coordinator-ke", "coordinator-vn"), null));
        TABLE.put("POST /checkpoints/{id}/verdict", new Row(Set.of("admin", "reviewer"), Map.of("verdict", "PASS")));
        // a year never submitted: refused after the role check, so no period changes
        TABLE.put("POST /periods/{country}/{year}/{action}", new Row(Set.of("admin", "reviewer"),
                Map.of("version", "0")));
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String disclosureId;
    private final Map<String, PageClient> sessions = new LinkedHashMap<>();

    @BeforeEach
    void fixture() throws Exception {
        if (disclosureId == null) {
            disclosureId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Http.as("inventor-a", port)
                    .postJson("/api/disclosures", """
                    {"title":"Page matrix fixture","summary":"s","confidentialDescription":"c","trl":2,
                     "inventors":[{"name":"Irene","email":"inventor-a@una.example.org","affiliation":"X",
                                   "sharePercent":100,"username":"inventor-a"}]}""").body()).get("id").asText();
        }
    }

    @Test
    void everyPageHasARowAndEveryRowAPage() {
        Set<String> pages = pages();
        assertThat(new TreeSet<>(pages)).as("pages without a row").isSubsetOf(TABLE.keySet());
        assertThat(new TreeSet<>(TABLE.keySet())).as("rows for pages that no longer exist").isSubsetOf(pages);
    }

    @Test
    void everyUserGetsWhatTheTableSays() {
        List<String> violations = new ArrayList<>();
        for (var entry : TABLE.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = entry.getKey().substring(entry.getKey().indexOf(' ') + 1)
                    .replace("/checkpoints/{id}", "/checkpoints/999999").replace("{id}", disclosureId)
                    .replace("{taskId}", "no-such-task").replace("{format}", "csv")
                    .replace("{country}", "KE").replace("{year}", "1990").replace("{action}", "approval");
            Row row = entry.getValue();
            HttpResponse<String> anonymous = send(new PageClient(port), method, path, row.form());
            if (!(anonymous.statusCode() == 302 && PageClient.location(anonymous).equals("/login"))
                    && !(method.equals("POST") && anonymous.statusCode() == 403)) {
                violations.add(entry.getKey() + " anonymous -> " + anonymous.statusCode());
            }
            for (String user : USERS) {
                PageClient page = sessions.computeIfAbsent(user, name -> PageClient.signedIn(name, port));
                int status = send(page, method, path, row.form()).statusCode();
                boolean allowed = row.allowed().contains(user);
                boolean ok = status < 500 && (allowed ? status != 401 && status != 403
                        : status == 403 || status == 404 || status == 302 && method.equals("GET"));
                if (!ok) {
                    violations.add(entry.getKey() + " " + user + (allowed ? " (allowed)" : " (not allowed)")
                            + " -> " + status);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** A staff member is sent from the inventor's view to the case page; out of scope it is not found there. */
    @Test
    void aStaffMemberOfAnotherInstitutionFindsNoCase() {
        PageClient unb = PageClient.signedIn("officer-b", port);
        HttpResponse<String> view = unb.get("/disclosures/" + disclosureId);
        assertThat(view.statusCode()).isEqualTo(302);
        assertThat(unb.get(PageClient.location(view)).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(PageClient page, String method, String path, Map<String, String> form) {
        if (method.equals("GET")) {
            return page.get(path);
        }
        page.get("/");
        return page.post(path, form);
    }

    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().isAnnotationPresent(WebPage.class)) {
                info.getPatternValues().stream().filter(pattern -> !pattern.equals("/login"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods()
                                .forEach(m -> pages.add(m.name() + " " + pattern)));
            }
        });
        return pages;
    }
}
