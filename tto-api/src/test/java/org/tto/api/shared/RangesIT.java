package org.tto.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.shared.StrictJsonIT.assertProblem;
import static org.tto.api.shared.StrictJsonIT.disclosure;
import static org.tto.api.shared.StrictJsonIT.newInstitution;
import static org.tto.api.shared.StrictJsonIT.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Every date within the range its meaning allows (one definition, {@code DateRange}), every number within bounds that
 * fit it: refused with a 400 naming the field, before any rule is looked at.
 */
@TtoIntegrationTest
class RangesIT {

    @LocalServerPort
    int port;

    @Test
    void aReceiptIsNotDatedBefore1900NorYearsAhead() {
        Http officer = Http.as("officer-a", port);
        LocalDate today = LocalDate.now();
        for (LocalDate date : new LocalDate[] {LocalDate.of(1899, 12, 31), today.plusYears(2), LocalDate.of(9999, 12,
            31)}) {
            JsonNode problem = assertProblem(officer.postJson("/api/receipts", """
                    {"disclosureId": 1, "category": "RUNNING_ROYALTY", "currency": "USD", "amount": 100,
                     "receivedOn": "%s"}""".formatted(date)), 400);
            assertThat(problem.get("type").asText()).isEqualTo("https://tto.example.org/problems/validation");
            assertThat(problem.at("/errors/0/field").asText()).as(date.toString()).isEqualTo("receivedOn");
            assertThat(problem.at("/errors/0/message").asText()).startsWith("must be a date from 1900-01-01 to ");
        }
    }

    @Test
    void aPublicationMayBeDecadesOldOrPlannedButNotCenturiesAway() {
        Http inventor = Http.as("inventor-a", port);
        String talk = """
                "trl": 4, "publicDisclosures": [{"date": "%s", "kind": "PAPER", "description": "A paper"}]""";

        assertThat(inventor.postJson("/api/disclosures", disclosure(talk.formatted("1975-06-01"))).statusCode())
                .isEqualTo(201);
        for (String date : new String[] {"1899-12-31", "9999-12-31", LocalDate.now().plusYears(6).toString()}) {
            JsonNode problem = assertProblem(inventor.postJson("/api/disclosures", disclosure(talk.formatted(date))),
                    400);
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("publicDisclosures[0].date");
        }
        assertProblem(inventor.get("/api/deadlines/novelty-risk?disclosureDate=1800-01-01"), 400);
        assertProblem(inventor.get("/api/deadlines/pct-national-phase?office=EP&priorityDate=9999-01-01"), 400);
    }

    @Test
    void aPlanTargetFitsItsIndicator() {
        Http admin = Http.as("admin", port);
        Http coordinator = Http.as("coordinator-ke", port);
        String institution = newInstitution(admin);
        JsonNode plan = parse(coordinator.postJson("/api/plans", "{\"institution\":\"" + institution + "\"}"));
        String targets = "/api/plans/" + plan.get("id").asLong() + "/targets/";
        long version = plan.get("version").asLong();
        java.util.function.Function<String, String> target = value -> "{\"target\": " + value + ", \"version\": "
                + version + "}";

        assertProblem(coordinator.putJson(targets + "STAFF_RETAINED", target.apply("2147483648")), 400);
        assertProblem(coordinator.putJson(targets + "STAFF_RETAINED", target.apply("20000")), 400);
        assertProblem(coordinator.putJson(targets + "NON_PROGRAMME_BUDGET_SHARE", target.apply("100.5")), 400);
        assertProblem(coordinator.putJson(targets + "INCOME_TO_OPERATING_COST", target.apply("1e9")), 400);
        var accepted = coordinator.putJson(targets + "STAFF_RETAINED", target.apply("3"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).doesNotContain("2147483648").doesNotContain("20000");
    }

    @Test
    void queryNumbersHaveBoundsToo() {
        assertProblem(Http.as("director-a", port).get("/api/reports/autm?fiscalYear=99999"), 400);
        assertProblem(Http.as("director-a", port).get("/api/reports/autm?fiscalYear=-1"), 400);
        assertProblem(Http.as("admin", port).get("/api/audit?page=2147483647"), 400);
    }
}
