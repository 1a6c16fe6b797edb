package org.tto.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

/** A case walked over HTTP as the demo users do it, for the end-to-end tests that start further along. */
public final class CaseJourney {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CaseJourney() {}

    /**
     * Submits the disclosure (as the inventor) and takes it to READY_FOR_COMMERCIALISATION: triage, assessment, the
     * director's decision to file, a US provisional filed {@code filed}. Answers the case file.
     */
    public static JsonNode readyForCommercialisation(Http inventor, Http officer, Http director, String submission,
            LocalDate filed) {
        JsonNode submitted = parse(inventor.postJson("/api/disclosures", submission));
        long id = submitted.get("id").asLong();
        String reference = submitted.get("reference").asText();
        complete(officer, reference, "Task_Triage", "triage", "{\"outcome\":\"ACCEPT\"}");
        complete(officer, reference, "Task_AssessPatentability", "assessment", """
                {"novelty":"NO_RELEVANT_PRIOR_ART","priorArt":"none","inventiveStep":4,"industrialApplicability":5,
                 "marketPotential":4,"trl":5,"recommendation":"FILE_PATENT","comments":"ok"}""");
        complete(director, reference, "Task_DecideProtection", "protection-decision",
                "{\"outcome\":\"FILE_PATENT\",\"reason\":\"Licensable\"}");
        complete(officer, reference, "Task_RecordFilings", "filings", """
                {"filings":[{"office":"US","kind":"PROVISIONAL","applicationNumber":"63/9%d","filingDate":"%s"}]}"""
                .formatted(id, filed));
        JsonNode ready = parse(officer.get("/api/disclosures/" + id));
        assertThat(ready.get("status").asText()).isEqualTo("READY_FOR_COMMERCIALISATION");
        return ready;
    }

    /** Completes the caller's task of the case with its typed endpoint; expects 204. */
    public static void complete(Http who, String reference, String key, String action, String body) {
        assertThat(who.postJson("/api/tasks/" + taskOf(who, reference, key) + "/" + action, body).statusCode())
                .as(key).isEqualTo(204);
    }

    /** The id of the caller's task {@code key} of the case, from their inbox. */
    public static String taskOf(Http who, String reference, String key) {
        JsonNode inbox = parse(who.get("/api/tasks"));
        return StreamSupport.stream(inbox.spliterator(), false)
                .filter(t -> reference.equals(t.get("reference").asText()) && key.equals(t.get("key").asText()))
                .map(t -> t.get("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + reference + " in " + inbox));
    }

    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
