package org.tto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tto.institution.Institution;

class AppUserTest {

    private final Institution una = new Institution("UNA", "Demo University A", "KE", 7);

    @Test
    void anInstitutionRoleTakesTheInstitutionsCountry() {
        AppUser officer = AppUser.ofInstitution("officer-a", null, "A", "B", null, Role.OFFICER, una);

        assertThat(officer.countryCode()).contains("KE");
        assertThat(officer.institution()).contains(una);
    }

    @Test
    void aGlobalRoleCannotBeTiedToAnInstitution() {
        assertThatThrownBy(() -> AppUser.ofInstitution("rev", null, "A", "B", null, Role.REVIEWER, una))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppUser.global("off", null, "A", "B", null, Role.OFFICER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernamesAreLowerCaseIdentifiers() {
        assertThatThrownBy(() -> AppUser.global("Bad Name", null, "A", "B", null, Role.ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
