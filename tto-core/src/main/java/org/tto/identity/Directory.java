package org.tto.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tto.shared.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;

/**
 * The one source of users and groups: the REST API's security and the workflow engine's identity both read it.
 * Groups are derived from roles and scopes (see {@link DirectoryGroup}), so they cannot drift from the users.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final AppUserRepository users;
    private final InstitutionRepository institutions;
    private final CountryRepository countries;
    private final PasswordEncoder passwordEncoder;

    public Directory(AppUserRepository users, InstitutionRepository institutions, CountryRepository countries,
            PasswordEncoder passwordEncoder) {
        this.users = users;
        this.institutions = institutions;
        this.countries = countries;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<AppUser> user(String username) {
        return users.findByUsername(username).filter(AppUser::enabled);
    }

    /** Keeps the language the user reads the pages in. */
    @Transactional
    public void chooseLanguage(String username, String tag) {
        users.findByUsername(username).filter(AppUser::enabled)
                .orElseThrow(() -> new NotFoundException("user", username))
                .chooseLanguage(tag);
    }

    public List<AppUser> users() {
        return users.findAll().stream().filter(AppUser::enabled).toList();
    }

    /**
     * The user an identity provider vouches for, created or brought up to date from the token's claims (just-in-time
     * provisioning): the directory stays the one list of users the engine and the notices know. Local users (with a
     * password) are never taken over by a token.
     *
     * @throws IllegalArgumentException when the claims do not make a valid user (unknown institution, wrong scope)
     */
    @Transactional
    public AppUser provision(String username, String firstName, String lastName, String email, Role role,
            String institutionCode, String countryCode) {
        AppUser claimed = switch (role.scope()) {
            case INSTITUTION -> AppUser.ofInstitution(username, null, firstName, lastName, email, role,
                    institutions.findByCode(String.valueOf(institutionCode)).orElseThrow(
                            () -> new IllegalArgumentException("unknown institution " + institutionCode)));
            case COUNTRY -> AppUser.ofCountry(username, null, firstName, lastName, email,
                    countries.findById(String.valueOf(countryCode)).map(Country::code).orElseThrow(
                            () -> new IllegalArgumentException("unknown country " + countryCode)));
            case ALL -> AppUser.global(username, null, firstName, lastName, email, role);
        };
        return users.findByUsername(username)
                .map(existing -> {
                    if (existing.passwordHash().isPresent()) {
                        throw new IllegalArgumentException("user " + username + " is a local user");
                    }
                    existing.updateFrom(claimed);
                    return existing;
                })
                .orElseGet(() -> users.save(claimed));
    }

    /** True only for an enabled user with a local password that matches. */
    public boolean checkPassword(String username, String rawPassword) {
        if (rawPassword == null) {
            return false;
        }
        return user(username).flatMap(AppUser::passwordHash)
                .map(hash -> passwordEncoder.matches(rawPassword, hash))
                .orElse(false);
    }

    public List<DirectoryGroup> groups() {
        List<DirectoryGroup> groups = new ArrayList<>();
        groups.add(new DirectoryGroup(DirectoryGroup.ADMINS, "Administrators", DirectoryGroup.Kind.SYSTEM));
        groups.add(new DirectoryGroup(DirectoryGroup.REVIEWERS, "Programme reviewers", DirectoryGroup.Kind.WORKFLOW));
        for (Institution institution : institutions.findAll()) {
            String code = institution.code();
            groups.add(new DirectoryGroup(DirectoryGroup.officersOf(code), "TTO officers of " + code,
                    DirectoryGroup.Kind.WORKFLOW));
            groups.add(new DirectoryGroup(DirectoryGroup.directorsOf(code), "TTO directors of " + code,
                    DirectoryGroup.Kind.WORKFLOW));
            groups.add(new DirectoryGroup(DirectoryGroup.inventorsOf(code), "Inventors of " + code,
                    DirectoryGroup.Kind.WORKFLOW));
        }
        for (Country country : countries.findAll()) {
            groups.add(new DirectoryGroup(DirectoryGroup.coordinatorsOf(country.code()),
                    "National project coordinators of " + country.name(), DirectoryGroup.Kind.WORKFLOW));
        }
        return groups;
    }

    /** The groups a user is in. A director is an officer too: whatever an officer may do, a director may. */
    public List<String> groupIdsOf(AppUser user) {
        String institution = user.institution().map(Institution::code).orElse(null);
        return switch (user.role()) {
            case ADMIN -> List.of(DirectoryGroup.ADMINS);
            case REVIEWER -> List.of(DirectoryGroup.REVIEWERS);
            case COORDINATOR -> List.of(DirectoryGroup.coordinatorsOf(user.countryCode().orElseThrow()));
            case INVENTOR -> List.of(DirectoryGroup.inventorsOf(institution));
            case OFFICER -> List.of(DirectoryGroup.officersOf(institution));
            case DIRECTOR -> List.of(DirectoryGroup.officersOf(institution), DirectoryGroup.directorsOf(institution));
        };
    }
}
