package org.tto.api.programme;

import static org.tto.api.programme.ProgrammeIndicatorsIT.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.tto.api.Http;

/** The Bhutanese TTOs' staff register, partnership, service and training event of {@link ProgrammeIndicatorsIT}. */
final class OfficeAndTraining {

    private OfficeAndTraining() {}

    static void build(int port, int year) throws Exception {
        Http bt1 = Http.as("director-bt1", port);
        ok(bt1.postJson("/api/institutions/BT1/staff", staff("Tashi Choden", "1", (year - 1) + "-01-01", "RTTP",
                (year - 1) + "-06-01")), 201);
        ok(bt1.postJson("/api/institutions/BT1/staff", staff("Pema Wangmo", "0.5", (year - 1) + "-03-01", null,
                null)), 201);
        ok(Http.as("director-bt2", port).postJson("/api/institutions/BT2/staff", staff("Dorji Penjor", "1",
                (year - 1) + "-02-01", null, null)), 201);
        ok(bt1.postJson("/api/institutions/BT1/partnerships", "{\"partner\":\"A twin TTO\",\"kind\":\"TWINNING\","
                + "\"startedOn\":\"" + (year - 1) + "-05-01\"}"), 201);
        ok(Http.as("officer-bt1", port).postJson("/api/institutions/BT1/patent-information-services",
                "{\"kind\":\"PRIOR_ART_SEARCH\",\"requester\":\"Faculty of Engineering\",\"deliveredOn\":\""
                        + LocalDate.now() + "\"}"), 201);

        Http coordinator = Http.as("coordinator-bt", port);
        JsonNode event = ok(coordinator.postJson("/api/training-events", "{\"kind\":\"PATENT_DRAFTING_SEMINAR\","
                + "\"title\":\"Patent drafting in Thimphu\",\"country\":\"BT\",\"programme\":9,\"startsOn\":\"" + year
                + "-03-10\",\"endsOn\":\"" + year + "-03-12\",\"trainers\":\"WIPO expert\","
                + "\"institutions\":[\"BT1\",\"BT2\"]}"), 201);
        String base = "/api/training-events/" + event.get("id").asLong();
        ok(coordinator.putJson(base + "/participation", "{\"participation\":["
                + "{\"institution\":\"BT1\",\"sex\":\"FEMALE\",\"participants\":3},"
                + "{\"institution\":\"BT1\",\"sex\":\"MALE\",\"participants\":2},"
                + "{\"institution\":\"BT2\",\"sex\":\"FEMALE\",\"participants\":1}],\"version\":"
                + event.get("version").asLong() + "}"), 200);
        response(coordinator, base, "END_OF_EVENT", "BT1", "FEMALE", "5", null, year + "-03-12");
        response(coordinator, base, "END_OF_EVENT", "BT2", "FEMALE", "4", null, year + "-03-12");
        response(coordinator, base, "END_OF_EVENT", "BT1", "MALE", "2", null, year + "-03-12");
        response(coordinator, base, "FOLLOW_UP", "BT1", "FEMALE", null, "true", year + "-10-01");
    }

    static String staff(String name, String fte, String joinedOn, String certification, String certifiedOn) {
        return "{\"name\":\"" + name + "\",\"position\":\"TTO officer\",\"fte\":" + fte + ",\"joinedOn\":\""
                + joinedOn + "\"" + (certification == null ? "" : ",\"certification\":\"" + certification
                        + "\",\"certifiedOn\":\"" + certifiedOn + "\"") + "}";
    }

    private static void response(Http coordinator, String base, String kind, String institution, String sex,
            String overall, String applying, String receivedOn) throws Exception {
        ok(coordinator.postJson(base + "/responses", "{\"kind\":\"" + kind + "\",\"institution\":\"" + institution
                + "\",\"sex\":\"" + sex + "\"" + (overall == null ? "" : ",\"overall\":" + overall)
                + (applying == null ? "" : ",\"applyingSkills\":" + applying) + ",\"receivedOn\":\"" + receivedOn
                + "\"}"), 201);
    }
}
