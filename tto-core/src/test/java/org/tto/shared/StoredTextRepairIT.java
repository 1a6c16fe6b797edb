package org.tto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.CoreTestApplication;
import org.tto.identity.AppUserRepository;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.plan.PlanTransitions;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.OnMariaDb;

/** Text stored before the API refused control characters is repaired in place, line breaks kept, once. */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
class StoredTextRepairIT {

    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    StoredTextRepair repair;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Test
    void aStoredNulOrEscapeIsRemovedAndTheRepairIsRecordedOnce() {
        long caseId = CaseFixture.create(countries, institutions, users, jdbc).caseId();
        jdbc.update("UPDATE disclosure SET title = ?, summary = ? WHERE id = ?", "Solar\u0000 dryer\u001b[31m",
                "First line\nsecond line\u0007", caseId);

        Map<String, Integer> repaired = repair.run();

        assertThat(jdbc.queryForObject("SELECT title FROM disclosure WHERE id = ?", String.class, caseId))
                .isEqualTo("Solar dryer[31m");
        assertThat(jdbc.queryForObject("SELECT summary FROM disclosure WHERE id = ?", String.class, caseId))
                .isEqualTo("First line\nsecond line");
        assertThat(repaired).containsEntry("disclosure.title", 1).containsEntry("disclosure.summary", 1);
        assertThat(repair.run()).as("nothing left to repair").isEmpty();

        repair.repairOnce();
        repair.repairOnce();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_repair WHERE name = ?", Long.class,
                StoredTextRepair.NAME)).isEqualTo(1);
    }
}
