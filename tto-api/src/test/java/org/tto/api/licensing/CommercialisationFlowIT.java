package org.tto.api.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tto.api.CaseJourney.parse;
import static org.tto.api.CaseJourney.readyForCommercialisation;
import static org.tto.api.CaseJourney.taskOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * A case licensed, a royalty report received and checked, receipts distributed, the statement produced: over HTTP
 * on the real MariaDB, as the demo users do it. Every figure below is worked out by hand in the comments.
 */
@TtoIntegrationTest
class CommercialisationFlowIT {

    private static final String SUBMISSION = """
                {"title":"Solar-powered fluoride filter","summary":"A filter for borehole water.",
                 "confidentialDescription":"Recipe attached.","keywords":"water","trl":5,
                 "inventors":[{"name":"Irene Wanjiru","email":"inventor-a@una.example.org","affiliation":"Chemistry",
                               "sharePercent":60,"username":"inventor-a"},
                              {"name":"Peter Ochieng","email":"p.ochieng@una.example.org",
                               "affiliation":"Civil Engineering","sharePercent":40}]}""";

    @LocalServerPort
    int port;

    @Test
    void aCaseLicensedReportedPaidDistributedAndStated() {
        Http inventor = Http.as("inventor-a", port);
        Http officer = Http.as("officer-a", port);
        Http director = Http.as("director-a", port);
        Http otherOfficer = Http.as("officer-b", port);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = readyForCommercialisation(inventor, officer, director, SUBMISSION, today.minusDays(10)).get("id")
                .asLong();

        // The director's policy: costs first, 15 % fee, 50/25/25 on the first 10 000.00 USD, then 40/30/30.
        if (parse(director.get("/api/distribution-policies")).isEmpty()) {
            assertThat(director.postJson("/api/distribution-policies", """
                    {"effectiveFrom":"2000-01-01","currency":"USD","costRecoveryFirst":true,"adminFeePercent":15,
                     "departmentName":"School of Chemistry","source":"UNA IP policy 2020, s. 12",
                     "bands":[{"upToMinor":1000000,"inventorsPercent":50,"departmentPercent":25,
                               "institutionPercent":25},
                              {"inventorsPercent":40,"departmentPercent":30,"institutionPercent":30}]}""")
                    .statusCode()).isEqualTo(201);
        }
        assertThat(officer.postJson("/api/disclosures/" + id + "/costs", """
                {"kind":"PATENT","description":"US provisional filing","incurredOn":"%s","currency":"USD",
                 "amount":2000.00}""".formatted(today.minusDays(10))).statusCode()).isEqualTo(201);

        // The licensing path: the brief, two prospects and a first contact; Maji Safi (an inventor consults for it)
        // is chosen, signs an NDA, takes an exclusive option, agrees a term sheet; the officer drafts from it; the
        // director clears the conflict before approving; the officer records the signature.
        LocalDate start = today.withDayOfMonth(1).minusMonths(3);
        HttpResponse<String> started = officer.postJson("/api/disclosures/" + id + "/licensing", "");
        assertThat(started.statusCode()).isEqualTo(201);
        long pathId = parse(started).get("id").asLong();
        assertThat(parse(started).get("stage").asText()).isEqualTo("BRIEF");
        assertThat(inventor.postJson("/api/disclosures/" + id + "/licensing", "").statusCode()).isEqualTo(403);
        String reference = parse(officer.get("/api/disclosures/" + id)).get("reference").asText();
        HttpResponse<String> badBrief = officer.postJson("/api/tasks/" + taskOf(officer, reference,
                "Task_PrepareBrief") + "/technology-brief", "{\"title\":\"Filter\",\"trl\":12}");
        assertThat(badBrief.statusCode()).isEqualTo(400);
        assertThat(badBrief.body()).contains("problem", "trl");
        JsonNode brief = parse(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_PrepareBrief")
                + "/technology-brief", BRIEF));
        assertThat(brief.get("trl").asInt()).isEqualTo(5);
        long majiSafi = parse(officer.postJson("/api/disclosures/" + id + "/prospects", """
                {"company":"Maji Safi Ltd","size":"SMALL","country":"KE","contactName":"Grace Akinyi",
                 "contactEmail":"bd@majisafi.example.com","linkedToInventor":true}""")).get("id").asLong();
        long aquaPure = parse(officer.postJson("/api/disclosures/" + id + "/prospects", """
                {"company":"AquaPure SA","size":"LARGE","country":"TZ","linkedToInventor":false}""")).get("id").asLong();
        JsonNode contacted = parse(officer.postJson("/api/prospects/" + majiSafi + "/interactions", """
                {"occurredOn":"%s","channel":"MEETING","summary":"Demo of the prototype at the borehole site",
                 "nextStep":"Send NDA"}""".formatted(start.minusMonths(2))));
        assertThat(contacted.get("status").asText()).isEqualTo("CONTACTED");
        assertThat(contacted.get("interactions")).hasSize(1);
        assertThat(otherOfficer.get("/api/prospects/" + majiSafi).statusCode()).isEqualTo(404);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_MarketTechnology")
                + "/prospect-choice", "{\"prospectId\":" + majiSafi + "}").statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_RecordConfidentiality")
                + "/confidentiality", """
                {"kind":"NDA","signedOn":"%s","expiresOn":"%s","reference":"UNA/NDA/2026/17","optionFirst":true}"""
                .formatted(start.minusMonths(2), start.plusYears(3))).statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_RecordOption") + "/option", """
                {"exclusive":true,"fieldOfUse":"water treatment","territory":"East Africa","grantedOn":"%s",
                 "expiresOn":"%s","currency":"USD","fee":2500}""".formatted(start.minusMonths(1), start.plusMonths(5)))
                .statusCode()).isEqualTo(200);
        JsonNode termSheet = parse(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_AgreeTermSheet")
                + "/term-sheet", """
                {"agreedOn":"%s","type":"EXCLUSIVE","fieldOfUse":"water treatment","territory":"East Africa",
                 "summary":"10 000 issue fee; 5 %% to 500 000 of net sales, 3 %% above; 15 000 annual minimum"}"""
                .formatted(start.minusDays(7))));
        assertThat(termSheet.get("stage").asText()).isEqualTo("AGREEMENT");
        String draftTask = taskOf(officer, reference, "Task_DraftAgreement");
        HttpResponse<String> offSheet = officer.postJson("/api/tasks/" + draftTask + "/agreement-draft",
                agreement(start, "NON_EXCLUSIVE", "water treatment"));
        assertThat(offSheet.statusCode()).isEqualTo(409);
        assertThat(parse(offSheet).get("rules").get(0).get("rule").asText()).isEqualTo("agreement.term-sheet");
        JsonNode drafted = parse(officer.postJson("/api/tasks/" + draftTask + "/agreement-draft", agreement(start,
                "EXCLUSIVE", "water treatment")));
        long agreementId = drafted.get("id").asLong();
        assertThat(drafted.get("conflictOfInterestFlagged").asBoolean()).isTrue();
        assertThat(otherOfficer.get("/api/agreements/" + agreementId).statusCode()).isEqualTo(404);
        String clearTask = taskOf(director, reference, "Task_ClearConflict");
        assertThat(officer.postJson("/api/tasks/" + clearTask + "/conflict-clearance",
                "{\"granted\":true,\"note\":\"x\"}").statusCode()).as("the director's role only").isEqualTo(403);
        assertThat(director.postJson("/api/tasks/" + clearTask + "/conflict-clearance",
                "{\"granted\":true,\"note\":\"The inventor holds no equity in the licensee\"}").statusCode())
                .isEqualTo(200);
        assertThat(director.postJson("/api/tasks/" + taskOf(director, reference, "Task_ApproveAgreement")
                + "/agreement-approval", "{\"granted\":true,\"note\":\"Terms as the term sheet\"}")
                .statusCode()).isEqualTo(200);
        assertThat(parse(officer.get("/api/agreements/" + agreementId)).get("status").asText())
                .isEqualTo("APPROVED");
        JsonNode schedule = parse(officer.postJson("/api/tasks/" + taskOf(officer, reference,
                "Task_RecordExecution") + "/licence-execution", "{\"executedOn\":\"" + start + "\"}"));
        // issue fee + 12 quarterly reports over three years
        assertThat(schedule).hasSize(13);
        assertThat(schedule.get(0).get("kind").asText()).isEqualTo("ISSUE_FEE_PAYMENT");
        assertThat(schedule.get(0).get("dueDate").asText()).isEqualTo(start.plusDays(45).toString());
        JsonNode executedPath = parse(officer.get("/api/licensing-paths/" + pathId));
        assertThat(executedPath.get("stage").asText()).isEqualTo("EXECUTED");
        assertThat(executedPath.get("agreementId").asLong()).isEqualTo(agreementId);
        assertThat(executedPath.get("option").get("fee").decimalValue()).isEqualByComparingTo("2500");

        // The AUTM report counts the option granted on the path as an option executed, in its fiscal year.
        LocalDate granted = start.minusMonths(1);
        JsonNode optionStep = java.util.stream.Stream.of(granted.getYear(), granted.getYear() + 1)
                .map(year -> parse(officer.get("/api/reports/autm?fiscalYear=" + year)))
                .flatMap(report -> StreamSupport.stream(report.get("metrics").spliterator(), false))
                .filter(m -> m.get("code").asText().equals("OPTIONS_EXECUTED"))
                .flatMap(m -> StreamSupport.stream(m.get("steps").spliterator(), false))
                .filter(step -> step.get("source").asText().equals("LICENSING_PATH_OPTION")
                        && step.get("id").asLong() == pathId)
                .findFirst().orElseThrow();
        assertThat(optionStep.get("counted").asBoolean()).isTrue();
        assertThat(optionStep.get("date").asText()).isEqualTo(granted.toString());

        // A second path, to AquaPure, for another exclusive licence in the same field and territory: refused at the
        // draft; the officer abandons the path.
        long rivalPath = parse(officer.postJson("/api/disclosures/" + id + "/licensing", "")).get("id").asLong();
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_PrepareBrief")
                + "/technology-brief", BRIEF).statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_MarketTechnology")
                + "/prospect-choice", "{\"prospectId\":" + aquaPure + "}").statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_RecordConfidentiality")
                + "/confidentiality", """
                {"kind":"CDA","signedOn":"%s","reference":"UNA/CDA/2026/3","optionFirst":false}""".formatted(start))
                .statusCode()).isEqualTo(200);
        assertThat(officer.postJson("/api/tasks/" + taskOf(officer, reference, "Task_AgreeTermSheet")
                + "/term-sheet", """
                {"agreedOn":"%s","type":"EXCLUSIVE","fieldOfUse":"Water Treatment","territory":"East Africa",
                 "summary":"as the first"}""".formatted(start)).statusCode()).isEqualTo(200);
        HttpResponse<String> rival = officer.postJson("/api/tasks/" + taskOf(officer, reference,
                "Task_DraftAgreement") + "/agreement-draft", agreement(start, "EXCLUSIVE", "Water Treatment")
                .replace("Maji Safi Ltd", "AquaPure SA").replace("\"licenseeLinkedToInventor\":true",
                        "\"licenseeLinkedToInventor\":false"));
        assertThat(rival.statusCode()).isEqualTo(409);
        assertThat(parse(rival).get("rules").get(0).get("rule").asText()).isEqualTo("license.exclusivity");
        JsonNode abandoned = parse(officer.postJson("/api/licensing-paths/" + rivalPath + "/abandonment",
                "{\"reason\":\"Field taken by the exclusive licence to Maji Safi\"}"));
        assertThat(abandoned.get("stage").asText()).isEqualTo("ABANDONED");
        assertThat(officer.postJson("/api/licensing-paths/" + rivalPath + "/abandonment", "{\"reason\":\"again\"}")
                .statusCode()).isEqualTo(409);
        assertThat(StreamSupport.stream(parse(officer.get("/api/tasks")).spliterator(), false)
                .filter(t -> reference.equals(t.get("reference").asText())).map(t -> t.get("key").asText()))
                .as("no task of the abandoned path is left").doesNotContain("Task_DraftAgreement");

        // The first quarter's report: 80 000 of sales at 5 % = 4 000; 25 % of 8 000 sublicence income = 2 000;
        // owed 6 000, paid 5 500: variance -500.
        LocalDate quarterEnd = start.plusMonths(3).minusDays(1);
        HttpResponse<String> reported = officer.postJson("/api/agreements/" + agreementId + "/royalty-reports", """
                {"periodStart":"%s","periodEnd":"%s","receivedOn":"%s",
                 "sales":[{"fieldOfUse":"water treatment","territory":"KE","netSales":60000},
                          {"fieldOfUse":"water treatment","territory":"UG","netSales":20000}],
                 "sublicenceIncome":8000,"paid":5500}""".formatted(start, quarterEnd, today));
        assertThat(reported.statusCode()).isEqualTo(201);
        JsonNode report = parse(reported);
        assertThat(report.get("runningRoyalty").decimalValue()).isEqualByComparingTo("4000");
        assertThat(report.get("sublicenceShare").decimalValue()).isEqualByComparingTo("2000");
        assertThat(report.get("owed").decimalValue()).isEqualByComparingTo("6000");
        assertThat(report.get("variance").decimalValue()).isEqualByComparingTo("-500");
        assertThat(report.get("underpaid").asBoolean()).isTrue();
        assertThat(report.get("payments").get("received").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.get("payments").get("outstanding").decimalValue()).isEqualByComparingTo("6000");
        long reportId = report.get("id").asLong();
        assertThat(parse(officer.get("/api/agreements/" + agreementId + "/obligations")).get(1).get("status")
                .asText()).isEqualTo("FULFILLED");

        // The payment, as two receipts by AUTM category, paid against the report. Royalty 4 000.00: 2 000.00 costs recovered; fee 15 % of
        // 2 000.00 = 300.00; net 1 700.00 in band 1: inventors 850.00 (Irene 60 % = 510.00, Peter 340.00),
        // department 425.00, institution 425.00.
        HttpResponse<String> received = officer.postJson("/api/receipts", """
                {"disclosureId":%d,"agreementId":%d,"category":"RUNNING_ROYALTY","currency":"USD","amount":4000.00,
                 "receivedOn":"%s","royaltyReportId":%d}""".formatted(id, agreementId, today, reportId));
        assertThat(received.statusCode()).isEqualTo(201);
        JsonNode first = parse(received);
        assertThat(first.get("trace").get("policyVersion").asInt()).isEqualTo(1);
        assertThat(first.get("trace").get("costRecovered").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(first.get("trace").get("adminFee").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(first.get("trace").get("bands").asText()).isEqualTo("band 1: 0 to 170000 (50/25/25)");
        assertThat(amounts(first)).containsExactly("2000", "300", "510", "340", "425", "425");
        assertThat(first.get("sumOfShares").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(first.get("shares").get(2).get("how").asText()).isEqualTo("170000 x 50 % x 60 % (band 1)");

        // Sublicence income 1 500.00: costs already recovered; fee 225.00; net 1 275.00: inventors 637.50 (Irene
        // 382.50, Peter 255.00), department 318.75, institution 318.75.
        JsonNode second = parse(officer.postJson("/api/receipts", """
                {"disclosureId":%d,"agreementId":%d,"category":"SUBLICENCE_INCOME","currency":"USD",
                 "amount":1500.00,"receivedOn":"%s","royaltyReportId":%d}""".formatted(id, agreementId, today,
                reportId)));
        assertThat(amounts(second)).containsExactly("0", "225", "382.5", "255", "318.75", "318.75");
        assertThat(second.get("trace").get("cumulativeNetBefore").decimalValue()).isEqualByComparingTo("1700.00");

        // Irene's statement: 510.00 + 382.50 = 892.50; another inventor's statement is not hers to read.
        JsonNode statement = parse(inventor.get("/api/statements?beneficiary=inventor-a&from=" + today + "&to="
                + today));
        assertThat(statement.get("lines")).hasSize(2);
        assertThat(statement.get("totals").get("USD").decimalValue()).isEqualByComparingTo("892.50");
        assertThat(inventor.get("/api/statements?beneficiary=DEPARTMENT&from=" + today + "&to=" + today)
                .statusCode()).isEqualTo(403);
        assertThat(parse(officer.get("/api/statements?beneficiary=DEPARTMENT&from=" + today + "&to=" + today))
                .get("totals").get("USD").decimalValue()).isEqualByComparingTo("743.75");
        assertThat(otherOfficer.get("/api/disclosures/" + id + "/distributions").statusCode()).isEqualTo(404);
        assertThat(parse(officer.get("/api/disclosures/" + id)).get("history").findValuesAsText("action"))
                .containsSubsequence("LICENSING_PATH_STARTED", "BRIEF_WRITTEN", "PROSPECT_ADDED",
                        "LICENSING_PROSPECT_CHOSEN", "CONFIDENTIALITY_SIGNED", "OPTION_GRANTED", "TERM_SHEET_AGREED",
                        "AGREEMENT_DRAFTED", "AGREEMENT_COI_CLEARED", "AGREEMENT_APPROVED", "LICENSE_EXECUTED",
                        "LICENSING_PATH_ENDED", "LICENSING_PATH_STARTED", "BRIEF_REVISED", "LICENSING_PATH_ABANDONED",
                        "ROYALTY_REPORT_RECEIVED", "RECEIPT_DISTRIBUTED", "RECEIPT_DISTRIBUTED");

        // What came in against the report: 4 000.00 + 1 500.00 = 5 500.00 of 6 000.00 owed, 500.00 outstanding;
        // the payment obligation of the quarter (6 000.00) stays open.
        JsonNode payments = parse(officer.get("/api/agreements/" + agreementId + "/royalty-reports")).get(0)
                .get("payments");
        assertThat(payments.get("received").decimalValue()).isEqualByComparingTo("5500");
        assertThat(payments.get("outstanding").decimalValue()).isEqualByComparingTo("500");
        assertThat(payments.get("settled").asBoolean()).isFalse();
        assertThat(payments.get("receipts").findValuesAsText("category")).containsExactly("RUNNING_ROYALTY",
                "SUBLICENCE_INCOME");
        assertThat(paymentObligation(officer, agreementId).get("status").asText()).isEqualTo("OPEN");
        // an issue fee is not paid against a royalty report
        HttpResponse<String> notOwed = officer.postJson("/api/receipts", """
                {"disclosureId":%d,"agreementId":%d,"category":"ISSUE_FEE","currency":"USD","amount":600.00,
                 "receivedOn":"%s","royaltyReportId":%d}""".formatted(id, agreementId, today, reportId));
        assertThat(notOwed.statusCode()).isEqualTo(400);
        assertThat(parse(notOwed).get("errors").get(0).get("field").asText()).isEqualTo("category");
        // 600.00 more covers the report, 100.00 over: the payment obligation is fulfilled, the over-payment flagged
        assertThat(officer.postJson("/api/receipts", """
                {"disclosureId":%d,"agreementId":%d,"category":"RUNNING_ROYALTY","currency":"USD","amount":600.00,
                 "receivedOn":"%s","royaltyReportId":%d}""".formatted(id, agreementId, today, reportId))
                .statusCode()).isEqualTo(201);
        payments = parse(officer.get("/api/agreements/" + agreementId + "/royalty-reports")).get(0).get("payments");
        assertThat(payments.get("received").decimalValue()).isEqualByComparingTo("6100");
        assertThat(payments.get("outstanding").decimalValue()).isEqualByComparingTo("-100");
        assertThat(payments.get("settled").asBoolean()).isTrue();
        assertThat(payments.get("overpaid").asBoolean()).isTrue();
        assertThat(paymentObligation(officer, agreementId).get("status").asText()).isEqualTo("FULFILLED");
        assertThat(parse(officer.get("/api/disclosures/" + id)).get("history").findValuesAsText("action"))
                .containsSubsequence("ROYALTY_REPORT_RECEIVED", "RECEIPT_DISTRIBUTED", "ROYALTY_REPORT_PAID",
                        "ROYALTY_REPORT_OVERPAID");
    }

    private static JsonNode paymentObligation(Http who, long agreementId) {
        return StreamSupport.stream(parse(who.get("/api/agreements/" + agreementId + "/obligations")).spliterator(),
                false).filter(o -> "ROYALTY_PAYMENT".equals(o.get("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no ROYALTY_PAYMENT obligation"));
    }

    @Test
    void badInputIsA400ProblemNamingTheFields() {
        HttpResponse<String> response = Http.as("officer-a", port).postJson("/api/receipts", """
                {"disclosureId":1,"category":"ROYALTY","currency":"usd","amount":-1,"receivedOn":"2026-01-01"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));

        HttpResponse<String> tooFine = Http.as("officer-a", port).postJson("/api/receipts", """
                {"disclosureId":1,"category":"OTHER","currency":"JPY","amount":10.5,"receivedOn":"2026-01-01"}""");
        assertThat(tooFine.statusCode()).isIn(400, 404);
    }

    private static final String BRIEF = """
            {"title":"Solar-powered fluoride filter for boreholes",
             "problem":"Fluoride in East African groundwater causes dental and skeletal fluorosis.",
             "advantage":"Removes 95 % of fluoride without grid power or chemicals.",
             "economicComparison":"0.4 USD per 1 000 litres against 2.1 USD for bone-char plants.",
             "trl":5,"applications":"Rural water kiosks; schools; clinics"}""";

    private static String agreement(LocalDate start, String type, String field) {
        return """
                {"licensee":"Maji Safi Ltd","licenseeContact":"bd@majisafi.example.com",
                 "licenseeLinkedToInventor":true,"type":"%s","fieldOfUse":"%s","territory":"East Africa",
                 "startDate":"%s","endDate":"%s","currency":"USD","issueFee":10000,
                 "royaltyTiers":[{"fromNetSales":0,"ratePercent":5},{"fromNetSales":500000,"ratePercent":3}],
                 "annualMinimum":15000,"sublicenceSharePercent":25,"patentCostReimbursement":true,
                 "reportingPeriod":"QUARTERLY","licenseeSize":"SMALL"}""".formatted(type, field, start,
                start.plusYears(3));
    }

    private static java.util.List<String> amounts(JsonNode distribution) {
        return StreamSupport.stream(distribution.get("shares").spliterator(), false)
                .map(s -> s.get("amount").decimalValue().stripTrailingZeros().toPlainString()).toList();
    }
}
