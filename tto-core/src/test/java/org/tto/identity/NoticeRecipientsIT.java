package org.tto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import org.tto.CoreTestApplication;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.plan.PlanTransitions;
import org.tto.testsupport.OnMariaDb;

/**
 * Whom a notice about a case goes to (deadline reminders and escalations, obligation reminders and escalations,
 * marketing and incorporation reminders): the enabled users of the case's institution in the roles asked, nobody
 * disabled, nobody of another institution, on MariaDB.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
@Transactional
class NoticeRecipientsIT {

    /** The plan state machine lives in tto-workflow; this test of tto-core does not touch plans. */
    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    AppUserRepository users;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    CountryRepository countries;

    @Test
    void theEnabledUsersOfTheInstitutionInTheRolesAsked() {
        Institution institution = institution();
        Institution other = institution();
        AppUser officer = user("off", Role.OFFICER, institution);
        AppUser director = user("dir", Role.DIRECTOR, institution);
        user("left", Role.OFFICER, institution).setEnabled(false);
        user("inv", Role.INVENTOR, institution);
        user("off", Role.OFFICER, other);

        assertThat(users.noticeRecipients(institution.id(), Set.of(Role.OFFICER))).containsExactly(officer.email());
        assertThat(users.noticeRecipients(institution.id(), Set.of(Role.DIRECTOR)))
                .containsExactly(director.email());
        assertThat(users.noticeRecipients(institution.id(), Set.of(Role.OFFICER, Role.DIRECTOR)))
                .containsExactlyInAnyOrder(officer.email(), director.email());
    }

    private Institution institution() {
        if (!countries.existsById("TZ")) {
            countries.save(new Country("TZ", "Tanzania", Region.AFRICA, true, 9));
        }
        String code = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return institutions.save(new Institution(code, "University " + code, "TZ", 7));
    }

    private AppUser user(String prefix, Role role, Institution institution) {
        String username = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return users.save(AppUser.ofInstitution(username, null, "A", "B", username + "@uni.test", role,
                institution));
    }
}
