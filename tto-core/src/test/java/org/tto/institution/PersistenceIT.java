package org.tto.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.testsupport.OnMariaDb;

/** The migrations on a real MariaDB: Flyway applies them, Hibernate validates the mapping against them. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnMariaDb
class PersistenceIT {

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnMariaDbUnderReadCommitted() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("SELECT @@tx_isolation", String.class)).isEqualTo("READ-COMMITTED");
    }

    @Test
    void anInstitutionCodeIsUnique() {
        countries.save(new Country("GH", "Ghana", Region.AFRICA, false, 9));
        institutions.saveAndFlush(new Institution("UGH", "University of Ghana", "GH", 8));

        assertThatThrownBy(() -> institutions.saveAndFlush(new Institution("UGH", "Another", "GH", 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anInstitutionMustBeInAKnownCountry() {
        assertThatThrownBy(() -> institutions.saveAndFlush(new Institution("XYZ", "Nowhere", "ZZ", 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aUserKeepsTheScopeOfTheirRole() {
        countries.save(new Country("RW", "Rwanda", Region.AFRICA, true, 9));
        Institution ur = institutions.save(new Institution("UR", "University of Rwanda", "RW", 7));
        users.saveAndFlush(AppUser.ofInstitution("officer-ur", "{hash}", "Jean", "Mugisha", null, Role.OFFICER, ur));

        AppUser loaded = users.findByUsername("officer-ur").orElseThrow();

        assertThat(loaded.role()).isEqualTo(Role.OFFICER);
        assertThat(loaded.institution()).map(Institution::code).contains("UR");
        assertThat(loaded.countryCode()).contains("RW");
    }
}
