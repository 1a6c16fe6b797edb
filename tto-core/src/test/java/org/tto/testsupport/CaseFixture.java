package org.tto.testsupport;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;

/**
 * A case ready for commercialisation in an institution of its own (so tests share nothing): its officer and
 * director, inventors Irene (60 %, signed in as {@code inventor}) and Kofi (40 %, no account).
 */
public record CaseFixture(long caseId, String institutionName, Actor officer, Actor director, Actor inventor) {

    public static CaseFixture create(CountryRepository countries, InstitutionRepository institutions,
            AppUserRepository users, JdbcTemplate jdbc) {
        if (!countries.existsById("TZ")) {
            countries.save(new Country("TZ", "Tanzania", Region.AFRICA, true, 9));
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Institution institution = institutions.save(new Institution("R" + suffix.substring(0, 8).toUpperCase(),
                "University " + suffix, "TZ", 7));
        users.save(AppUser.ofInstitution("dir" + suffix, null, "D", "K", "dir" + suffix + "@uni.test", Role.DIRECTOR,
                institution));
        Actor officer = new Actor("off" + suffix, Role.OFFICER, institution.id(), institution.code(), "TZ");
        Actor director = new Actor("dir" + suffix, Role.DIRECTOR, institution.id(), institution.code(), "TZ");
        Actor inventor = new Actor("inv" + suffix, Role.INVENTOR, institution.id(), institution.code(), "TZ");
        String reference = institution.code() + "-2026-0001";
        jdbc.update("INSERT INTO disclosure (reference, institution_id, ref_year, ref_number, title, summary, "
                + "confidential_description, trl, status, novelty_at_risk, submitted_by, submitted_at, version) "
                + "VALUES (?, ?, 2026, 1, 'Malaria test strip', 's', 'c', 5, 'READY_FOR_COMMERCIALISATION', FALSE, "
                + "?, CURRENT_TIMESTAMP, 0)", reference, institution.id(), "inv" + suffix);
        long caseId = jdbc.queryForObject("SELECT id FROM disclosure WHERE reference = ?", Long.class, reference);
        jdbc.update("INSERT INTO disclosure_inventor (disclosure_id, list_index, name, email, affiliation, "
                + "share_percent, username) VALUES (?, 0, 'Irene', 'i@uni.test', 'Chemistry', 60, ?)", caseId,
                "inv" + suffix);
        jdbc.update("INSERT INTO disclosure_inventor (disclosure_id, list_index, name, email, affiliation, "
                + "share_percent, username) VALUES (?, 1, 'Kofi', 'k@uni.test', 'Physics', 40, NULL)", caseId);
        return new CaseFixture(caseId, institution.name(), officer, director, inventor);
    }
}
