package org.tto.api.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;

/**
 * Demo countries, institutions and users for the embedded default, so a newcomer can sign in at once. Enabled by
 * {@code tto.demo-data.enabled}, which only the embedded default (and the tests) turn on: never the mysql profile.
 * Idempotent: what exists is left alone.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "tto.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CountryRepository countries;
    private final InstitutionRepository institutions;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    public DemoData(CountryRepository countries, InstitutionRepository institutions, AppUserRepository users,
            PasswordEncoder passwordEncoder) {
        this.countries = countries;
        this.institutions = institutions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        country(new Country("KE", "Kenya", Region.AFRICA, false, 9));
        country(new Country("VN", "Viet Nam", Region.ASIA_AND_THE_PACIFIC, false, 9));
        Institution una = institution(new Institution("UNA", "Demo University A", "KE", 7));
        Institution unb = institution(new Institution("UNB", "Demo University B", "KE", 7));
        institution(new Institution("UNC", "Demo University C", "VN", 1));

        String hash = passwordEncoder.encode(PASSWORD);
        user(AppUser.global("admin", hash, "Ada", "Admin", "admin@tto.example.org", Role.ADMIN));
        user(AppUser.ofInstitution("officer-a", hash, "Amina", "Otieno", "officer-a@una.example.org", Role.OFFICER,
                una));
        user(AppUser.ofInstitution("director-a", hash, "David", "Kamau", "director-a@una.example.org",
                Role.DIRECTOR, una));
        user(AppUser.ofInstitution("inventor-a", hash, "Irene", "Wanjiru", "inventor-a@una.example.org",
                Role.INVENTOR, una));
        user(AppUser.ofInstitution("officer-b", hash, "Brian", "Mwangi", "officer-b@unb.example.org", Role.OFFICER,
                unb));
        user(AppUser.ofCountry("coordinator-ke", hash, "Grace", "Njeri", "coordinator-ke@tto.example.org", "KE"));
        user(AppUser.ofCountry("coordinator-vn", hash, "Linh", "Nguyen", "coordinator-vn@tto.example.org", "VN"));
        user(AppUser.global("reviewer", hash, "Rita", "Reviewer", "reviewer@tto.example.org", Role.REVIEWER));
    }

    private void country(Country country) {
        if (!countries.existsById(country.code())) {
            countries.save(country);
        }
    }

    private Institution institution(Institution institution) {
        return institutions.findByCode(institution.code()).orElseGet(() -> institutions.save(institution));
    }

    private void user(AppUser user) {
        if (!users.existsByUsername(user.username())) {
            users.save(user);
            log.info("Demo user {} ({}) created with password '{}'", user.username(), user.role(), PASSWORD);
        }
    }
}
