package org.tto.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.Http;
import org.tto.api.TtoIntegrationTest;

/**
 * A client that lost the answer to a POST repeats it with the same Idempotency-Key and gets the first answer back;
 * nothing is created twice, not even when the two arrive at the same moment.
 */
@TtoIntegrationTest
class IdempotencyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String submission(String title) {
        return """
                {"title":"%s","summary":"s","confidentialDescription":"c","trl":2,
                 "inventors":[{"name":"A","email":"a@una.example.org","affiliation":"X","sharePercent":100}]}"""
                .formatted(title);
    }

    @Test
    void aRepeatedSubmissionWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        Http inventor = Http.as("inventor-a", port);
        String title = "Idempotent " + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpResponse<String> first = inventor.postJson("/api/disclosures", submission(title), key);
        HttpResponse<String> again = inventor.postJson("/api/disclosures", submission(title), key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(JSON.readTree(again.body()).get("reference")).isEqualTo(JSON.readTree(first.body())
                .get("reference"));
        assertThat(cases(title)).isEqualTo(1);

        HttpResponse<String> other = inventor.postJson("/api/disclosures", submission(title + " (changed)"), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).get("type").asText()).endsWith("/idempotency-key-reused");

        HttpResponse<String> withoutKey = inventor.postJson("/api/disclosures", submission(title));
        assertThat(withoutKey.statusCode()).isEqualTo(201);
        assertThat(cases(title)).as("without a key, a repeat is a new request").isEqualTo(2);
    }

    @Test
    void aKeyIsPerUserAndARefusedRequestCanBeCorrectedWithTheSameKey() throws Exception {
        String title = "Per user " + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpResponse<String> refused = Http.as("inventor-a", port).postJson("/api/disclosures",
                submission(title).replace("\"trl\":2", "\"trl\":12"), key);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.as("inventor-a", port).postJson("/api/disclosures", submission(title), key).statusCode())
                .isEqualTo(201);
        assertThat(Http.as("officer-a", port).postJson("/api/disclosures", submission(title), key).statusCode())
                .as("the same key from another user is another request").isEqualTo(201);
        assertThat(cases(title)).isEqualTo(2);
        assertThat(Http.as("inventor-a", port).postJson("/api/disclosures", submission(title),
                Map.of("Idempotency-Key", "short")).statusCode()).isEqualTo(400);
    }

    @Test
    void twoRequestsWithOneKeyAtTheSameMomentCreateOneCase() throws Exception {
        String title = "Twins " + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return Http.as("inventor-a", port).postJson("/api/disclosures", submission(title), key);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> post : posts) {
                statuses.add(post.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        assertThat(cases(title)).isEqualTo(1);
    }

    private long cases(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM disclosure WHERE title = ?", Long.class, title);
    }
}
