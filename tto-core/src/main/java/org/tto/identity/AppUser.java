package org.tto.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.tto.institution.Institution;

/**
 * A person who signs in: the single source of users for the REST API and for Camunda's webapps. The role fixes the
 * scope: an institution for inventors, officers and directors; a country for coordinators; nothing for reviewers and
 * admins, who see every country.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    /** BCrypt hash; null for users who sign in only through an OpenID Connect provider. */
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    /** Raised whenever what the user signs in with changes; cached sign-ins are checked against it. */
    @Column(name = "credential_version", nullable = false)
    private long credentialVersion;

    /** Set by an admin's password reset: the user chooses a new password at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The language of the pages (en, fr, es, ar, zh, ru); empty until the user chooses one. */
    @Column(name = "language", length = 8)
    private String language;

    @Version
    private long version;

    protected AppUser() {}

    private AppUser(String username, String passwordHash, String firstName, String lastName, String email, Role role,
            Institution institution, String countryCode) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("username must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.firstName = Objects.requireNonNull(firstName);
        this.lastName = Objects.requireNonNull(lastName);
        this.email = email;
        this.role = Objects.requireNonNull(role);
        this.institution = institution;
        this.countryCode = countryCode;
        this.enabled = true;
    }

    /** An inventor, officer or director of one institution. */
    public static AppUser ofInstitution(String username, String passwordHash, String firstName, String lastName,
            String email, Role role, Institution institution) {
        if (role.scope() != Role.Scope.INSTITUTION) {
            throw new IllegalArgumentException(role + " is not scoped to an institution");
        }
        Objects.requireNonNull(institution, "institution");
        return new AppUser(username, passwordHash, firstName, lastName, email, role, institution,
                institution.countryCode());
    }

    /** A national project coordinator of one country. */
    public static AppUser ofCountry(String username, String passwordHash, String firstName, String lastName,
            String email, String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return new AppUser(username, passwordHash, firstName, lastName, email, Role.COORDINATOR, null, countryCode);
    }

    /** A programme reviewer or an admin: every country. */
    public static AppUser global(String username, String passwordHash, String firstName, String lastName,
            String email, Role role) {
        if (role.scope() != Role.Scope.ALL) {
            throw new IllegalArgumentException(role + " is not a global role");
        }
        return new AppUser(username, passwordHash, firstName, lastName, email, role, null, null);
    }

    void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            this.credentialVersion++;
        }
    }

    /** A new local password (its BCrypt hash); {@code mustChange} when an admin set it for the user. */
    void changePassword(String newHash, boolean mustChange) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = mustChange;
        this.credentialVersion++;
    }

    /** Takes over names, e-mail, role and scope from the identity provider's latest claims. */
    void updateFrom(AppUser claimed) {
        this.firstName = claimed.firstName;
        this.lastName = claimed.lastName;
        this.email = claimed.email;
        this.role = claimed.role;
        this.institution = claimed.institution;
        this.countryCode = claimed.countryCode;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Optional<Institution> institution() {
        return Optional.ofNullable(institution);
    }

    /** The country the user works in: the institution's for institution roles, the coordinator's own. */
    public Optional<String> countryCode() {
        return Optional.ofNullable(countryCode);
    }

    public boolean enabled() {
        return enabled;
    }

    public long credentialVersion() {
        return credentialVersion;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Keeps the language the user reads the pages in; the caller checks it is one the application speaks. */
    public void chooseLanguage(String tag) {
        this.language = tag;
    }
}
