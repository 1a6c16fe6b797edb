package org.tto.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.testsupport.OnMariaDb;

/** The audit log is append-only for the application: nothing it offers can change or remove an entry. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnMariaDb
class AuditLogIT {

    @Autowired
    AuditLog log;

    @Autowired
    EntityManager entities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRepositoryOffersNoWayToUpdateOrDelete() {
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"))
                .contains("save", "search");
    }

    @Test
    void aChangedEntryIsNeverWrittenBack() throws Exception {
        AuditEntry entry = log.save(new AuditEntry(Instant.parse("2026-01-05T10:00:00Z"), "officer-a", "OFFICER", 1L,
                "POST /api/disclosures", "disclosures", "7", "201 created /api/disclosures/7", "req-1", 201));
        entities.flush();
        entities.clear();

        AuditEntry loaded = entities.find(AuditEntry.class, entry.id());
        Field summary = AuditEntry.class.getDeclaredField("summary");
        summary.setAccessible(true);
        summary.set(loaded, "tampered");
        entities.flush();
        entities.clear();

        assertThat(jdbc.queryForObject("SELECT summary FROM audit_log WHERE id = ?", String.class, entry.id()))
                .isEqualTo("201 created /api/disclosures/7");
    }

    @Test
    void outcomesFollowTheStatus() {
        assertThat(entry(204).outcome()).isEqualTo(AuditEntry.Outcome.SUCCEEDED);
        assertThat(entry(404).outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        assertThat(entry(401).outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        assertThat(entry(500).outcome()).isEqualTo(AuditEntry.Outcome.FAILED);
    }

    private static AuditEntry entry(int status) {
        return new AuditEntry(Instant.now(), "u", null, null, "POST /x", null, null, null, "r", status);
    }
}
