package org.tto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;

class DirectoryTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final InstitutionRepository institutions = mock(InstitutionRepository.class);
    private final CountryRepository countries = mock(CountryRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final Directory directory = new Directory(users, institutions, countries, encoder);
    private final Institution una = new Institution("UNA", "Demo University A", "KE", 7);

    @Test
    void aDirectorIsInTheOfficersGroupOfTheirInstitutionOnly() {
        AppUser director = AppUser.ofInstitution("director-a", null, "D", "K", null, Role.DIRECTOR, una);

        assertThat(directory.groupIdsOf(director)).containsExactlyInAnyOrder("officers-UNA", "directors-UNA");
    }

    @Test
    void groupsAreDerivedFromInstitutionsAndCountries() {
        when(institutions.findAll()).thenReturn(List.of(una));
        when(countries.findAll()).thenReturn(List.of(new Country("KE", "Kenya", Region.AFRICA, false, 9)));

        assertThat(directory.groups()).extracting(DirectoryGroup::id).containsExactlyInAnyOrder(
                "admins", "reviewers", "officers-UNA", "directors-UNA", "inventors-UNA", "coordinators-KE");
    }

    @Test
    void checksPasswordsAgainstTheBcryptHash() {
        AppUser officer = AppUser.ofInstitution("officer-a", encoder.encode("demo"), "A", "O", null, Role.OFFICER,
                una);
        when(users.findByUsername("officer-a")).thenReturn(Optional.of(officer));

        assertThat(directory.checkPassword("officer-a", "demo")).isTrue();
        assertThat(directory.checkPassword("officer-a", "Demo")).isFalse();
        assertThat(directory.checkPassword("officer-a", null)).isFalse();
        assertThat(directory.checkPassword("nobody", "demo")).isFalse();
    }

    @Test
    void aUserWithoutLocalPasswordCannotSignInWithOne() {
        AppUser oidcOnly = AppUser.global("reviewer", null, "R", "R", null, Role.REVIEWER);
        when(users.findByUsername("reviewer")).thenReturn(Optional.of(oidcOnly));

        assertThat(directory.checkPassword("reviewer", "")).isFalse();
    }
}
