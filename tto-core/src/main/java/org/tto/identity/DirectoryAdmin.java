package org.tto.identity;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/** What admins maintain: countries, institutions and users (with their role and scope). Admins only. */
@Service
@Transactional
public class DirectoryAdmin {

    private final CountryRepository countries;
    private final InstitutionRepository institutions;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;

    public DirectoryAdmin(CountryRepository countries, InstitutionRepository institutions, AppUserRepository users,
            PasswordEncoder passwords) {
        this.countries = countries;
        this.institutions = institutions;
        this.users = users;
        this.passwords = passwords;
    }

    public record NewUser(String username, String password, String firstName, String lastName, String email,
            Role role, String institution, String country) {}

    @Transactional(readOnly = true)
    public List<Country> countries(Actor actor) {
        requireAdmin(actor);
        return countries.findAll();
    }

    public Country addCountry(Actor actor, String code, String name, Region region, boolean ldc, int programme) {
        requireAdmin(actor);
        if (countries.existsById(code)) {
            throw new RuleViolationException("country.unique", "Country " + code + " exists already.");
        }
        return countries.save(new Country(code, name, region, ldc, programme));
    }

    @Transactional(readOnly = true)
    public List<Institution> institutions(Actor actor) {
        requireAdmin(actor);
        return institutions.findAll();
    }

    public Institution addInstitution(Actor actor, String code, String name, String country, int fyStartMonth) {
        return addInstitution(actor, code, name, country, fyStartMonth, 1);
    }

    /** A new institution whose fiscal years start on {@code fyStartMonth}/{@code fyStartDay} (AUTM periods). */
    public Institution addInstitution(Actor actor, String code, String name, String country, int fyStartMonth,
            int fyStartDay) {
        requireAdmin(actor);
        requireFiscalYearStart(fyStartMonth, fyStartDay);
        if (!countries.existsById(country)) {
            throw new InvalidInputException("country", "Unknown country " + country + ".");
        }
        if (institutions.findByCode(code).isPresent()) {
            throw new RuleViolationException("institution.unique", "Institution " + code + " exists already.");
        }
        return institutions.save(new Institution(code, name, country, fyStartMonth, fyStartDay));
    }

    /** Moves the day the institution's fiscal year starts on; its AUTM reports follow the new start. */
    public Institution setFiscalYearStart(Actor actor, String code, int month, int day) {
        requireAdmin(actor);
        requireFiscalYearStart(month, day);
        Institution institution = institutions.findByCode(code)
                .orElseThrow(() -> new NotFoundException("institution", code));
        institution.changeFiscalYearStart(month, day);
        return institution;
    }

    /** Segregation of duties: whether the officer who assessed a case may also take its protection decision. */
    public Institution setAssessorMayDecide(Actor actor, String code, boolean allowed) {
        requireAdmin(actor);
        Institution institution = institutions.findByCode(code)
                .orElseThrow(() -> new NotFoundException("institution", code));
        institution.allowAssessorToDecide(allowed);
        return institution;
    }

    private static void requireFiscalYearStart(int month, int day) {
        if (month < 1 || month > 12) {
            throw new InvalidInputException("fiscalYearStartMonth", "A month from 1 to 12, was " + month + ".");
        }
        int days = java.time.Month.of(month).length(false);
        if (day < 1 || day > days) {
            throw new InvalidInputException("fiscalYearStartDay", "A day from 1 to " + days + " of month " + month
                    + " (one that exists every year), was " + day + ".");
        }
    }

    @Transactional(readOnly = true)
    public List<AppUser> users(Actor actor) {
        requireAdmin(actor);
        return users.findAll();
    }

    public AppUser addUser(Actor actor, NewUser user) {
        requireAdmin(actor);
        if (users.existsByUsername(user.username())) {
            throw new RuleViolationException("user.unique", "User " + user.username() + " exists already.");
        }
        String hash = null;
        if (user.password() != null) {
            PasswordPolicy.require("password", user.username(), user.password());
            hash = passwords.encode(user.password());
        }
        AppUser created = switch (user.role().scope()) {
            case INSTITUTION -> AppUser.ofInstitution(user.username(), hash, user.firstName(), user.lastName(),
                    user.email(), user.role(), institutions.findByCode(String.valueOf(user.institution()))
                            .orElseThrow(() -> new InvalidInputException("institution",
                                    user.role() + " needs a known institution.")));
            case COUNTRY -> AppUser.ofCountry(user.username(), hash, user.firstName(), user.lastName(), user.email(),
                    countries.findById(String.valueOf(user.country())).map(Country::code)
                            .orElseThrow(() -> new InvalidInputException("country",
                                    user.role() + " needs a known country.")));
            case ALL -> AppUser.global(user.username(), hash, user.firstName(), user.lastName(), user.email(),
                    user.role());
        };
        return users.save(created);
    }

    public AppUser setEnabled(Actor actor, String username, boolean enabled) {
        requireAdmin(actor);
        if (actor.username().equals(username) && !enabled) {
            throw new RuleViolationException("user.not-self", "An admin cannot disable themselves.");
        }
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        user.setEnabled(enabled);
        return user;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only admins maintain countries, institutions and users.");
        }
    }
}
