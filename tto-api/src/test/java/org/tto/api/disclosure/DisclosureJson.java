package org.tto.api.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** Request bodies and response parsing shared by the disclosure tests. */
final class DisclosureJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DisclosureJson() {}

    static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid disclosure by inventor-a and a colleague (60/40), optionally with a conference talk planned. */
    static String disclosure(String title, String secondShare, LocalDate plannedTalk) {
        String talk = plannedTalk == null ? "" : """
                , "publicDisclosures": [{"date": "%s", "kind": "CONFERENCE",
                   "description": "Talk at the African Materials Research Society"}]""".formatted(plannedTalk);
        return """
                {"title": "%s",
                 "summary": "A low-cost ceramic membrane that removes fluoride from borehole water.",
                 "confidentialDescription": "Sintered clay with 12 %% bone char; pore size 0.2 um; recipe attached.",
                 "keywords": "water, fluoride, ceramic membrane",
                 "trl": 4,
                 "inventors": [
                   {"name": "Irene Wanjiru", "email": "inventor-a@una.example.org", "affiliation": "Chemistry",
                    "sharePercent": 60, "username": "inventor-a"},
                   {"name": "Peter Ochieng", "email": "p.ochieng@una.example.org", "affiliation": "Civil Engineering",
                    "sharePercent": %s}],
                 "funding": [{"sponsor": "National Research Fund", "grantId": "NRF-2025-117",
                              "obligations": "Report inventions within 60 days"}]%s}
                """.formatted(title, secondShare, talk);
    }
}
