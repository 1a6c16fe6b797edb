package org.tto.api.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.CaseJourney.complete;
import static org.tto.api.CaseJourney.parse;
import static org.tto.api.CaseJourney.readyForCommercialisation;
import static org.tto.api.CaseJourney.taskOf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * Segregation of duties. The director is also in the officers' group, so without these rules one person could
 * assess and decide, or draft, clear and approve: the assessor does not decide on protection (unless the institution
 * allows it), the drafter and a conflicted inventor neither clear an agreement's conflict of interest nor approve it.
 */
@TtoIntegrationTest
class SegregationOfDutiesIT {

    private static final String ASSESSMENT = """
            {"novelty":"NO_RELEVANT_PRIOR_ART","inventiveStep":4,"industrialApplicability":5,"marketPotential":4,
             "trl":5,"recommendation":"FILE_PATENT"}""";
    private static final String DECISION = "{\"outcome\":\"FILE_PATENT\",\"reason\":\"Licensable\"}";

    @LocalServerPort
    int port;

    @Test
    void theAssessorDoesNotDecideOnProtectionUnlessTheInstitutionAllowsIt() {
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        Http admin = Http.as("admin", port);
        String reference = parse(Http.as("inventor-a", port).postJson("/api/disclosures", submission(false)))
                .get("reference").asText();
        complete(officer, reference, "Task_Triage", "triage", "{\"outcome\":\"ACCEPT\"}");
        complete(director, reference, "Task_AssessPatentability", "assessment", ASSESSMENT);

        String decide = taskOf(director, reference, "Task_DecideProtection");
        HttpResponse<String> refused = director.postJson("/api/tasks/" + decide + "/protection-decision", DECISION);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("segregation of duties");
        try {
            assertThat(admin.putJson("/api/admin/institutions/UNA/segregation-of-duties",
                    "{\"assessorMayDecide\":true}").statusCode()).isEqualTo(200);
            assertThat(director.postJson("/api/tasks/" + decide + "/protection-decision", DECISION).statusCode())
                    .isEqualTo(204);
        } finally {
            assertThat(admin.putJson("/api/admin/institutions/UNA/segregation-of-duties",
                    "{\"assessorMayDecide\":false}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aConflictedInventorDoesNotClearTheConflictOfInterest() {
        Http director = Http.as("director-a", port);
        String reference = toDraftedAgreement(Http.as("officer-a", port), true, true);
        HttpResponse<String> refused = director.postJson("/api/tasks/" + taskOf(director, reference,
                "Task_ClearConflict") + "/conflict-clearance", "{\"granted\":true,\"note\":\"Fine\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("inventor of this case");
    }

    @Test
    void theDrafterNeitherClearsNorApproves() {
        Http director = Http.as("director-a", port);
        String conflicted = toDraftedAgreement(director, true, false);
        HttpResponse<String> clear = director.postJson("/api/tasks/" + taskOf(director, conflicted,
                "Task_ClearConflict") + "/conflict-clearance", "{\"granted\":true,\"note\":\"Fine\"}");
        assertThat(clear.statusCode()).isEqualTo(403);
        assertThat(clear.body()).contains("You drafted this agreement");

        String plain = toDraftedAgreement(director, false, false);
        HttpResponse<String> approve = director.postJson("/api/tasks/" + taskOf(director, plain,
                "Task_ApproveAgreement") + "/agreement-approval", "{\"granted\":true,\"note\":\"Fine\"}");
        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(approve.body()).contains("You drafted this agreement");
    }

    /** A case walked to its drafted agreement; answers its reference. */
    private String toDraftedAgreement(Http drafter, boolean linkedToInventor, boolean directorIsInventor) {
        Http officer = Http.as("officer-a", port);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = readyForCommercialisation(Http.as("inventor-a", port), officer, Http.as("director-a", port),
                submission(directorIsInventor), today.minusDays(10)).get("id").asLong();
        String reference = parse(officer.get("/api/disclosures/" + id)).get("reference").asText();
        assertThat(officer.postJson("/api/disclosures/" + id + "/licensing", "").statusCode()).isEqualTo(201);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_PrepareBrief")
                + "/technology-brief", """
                {"title":"Filter","problem":"Fluoride","advantage":"No power","economicComparison":"Cheaper",
                 "trl":5}""").statusCode()).isEqualTo(200);
        long prospect = parse(officer.postJson("/api/disclosures/" + id + "/prospects", """
                {"company":"Maji Safi Ltd","size":"SMALL","country":"KE","linkedToInventor":%s}"""
                .formatted(linkedToInventor))).get("id").asLong();
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_MarketTechnology")
                + "/prospect-choice", "{\"prospectId\":" + prospect + "}").statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_RecordConfidentiality")
                + "/confidentiality", """
                {"kind":"NDA","signedOn":"%s","reference":"NDA-%d","optionFirst":false}"""
                .formatted(today.minusMonths(2), id)).statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_AgreeTermSheet")
                + "/term-sheet", """
                {"agreedOn":"%s","type":"EXCLUSIVE","fieldOfUse":"water treatment","territory":"East Africa",
                 "summary":"5 %% royalties"}""".formatted(today.minusDays(7))).statusCode()).isEqualTo(200);
        HttpResponse<String> drafted = drafter.postJson("/api/tasks/" + taskOf(drafter, reference,
                "Task_DraftAgreement") + "/agreement-draft", """
                {"licensee":"Maji Safi Ltd","licenseeLinkedToInventor":%s,"type":"EXCLUSIVE",
                 "fieldOfUse":"water treatment","territory":"East Africa","startDate":"%s","endDate":"%s",
                 "currency":"USD","issueFee":10000,"royaltyTiers":[{"fromNetSales":0,"ratePercent":5}],
                 "annualMinimum":0,"sublicenceSharePercent":25,"patentCostReimbursement":true,
                 "reportingPeriod":"QUARTERLY","licenseeSize":"SMALL"}""".formatted(linkedToInventor, today,
                today.plusYears(3)));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
        return reference;
    }

    private static String submission(boolean directorIsInventor) {
        return """
                {"title":"Fluoride filter","summary":"A filter for borehole water.","confidentialDescription":"c",
                 "trl":5,"inventors":[{"name":"Irene Wanjiru","email":"inventor-a@una.example.org",
                 "affiliation":"Chemistry","sharePercent":60,"username":"inventor-a"},
                 {"name":"D. Director","email":"director-a@una.example.org","affiliation":"TTO","sharePercent":40%s}]}"""
                .formatted(directorIsInventor ? ",\"username\":\"director-a\"" : "");
    }
}
