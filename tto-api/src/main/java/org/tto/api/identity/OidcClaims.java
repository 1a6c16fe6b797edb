package org.tto.api.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The names of the claims an OpenID Connect provider (Keycloak, Entra ID, ...) puts in its access tokens for this
 * application. Defaults: {@code preferred_username}, {@code given_name}, {@code family_name}, {@code email}, and the
 * custom claims {@code tto_role} (INVENTOR, OFFICER, DIRECTOR, COORDINATOR, REVIEWER or ADMIN), {@code tto_institution}
 * (an institution code such as UNA) and {@code tto_country} (ISO code, for coordinators).
 */
@ConfigurationProperties("tto.security.oidc.claims")
public record OidcClaims(String username, String givenName, String familyName, String email, String role,
        String institution, String country) {

    public OidcClaims {
        username = username == null ? "preferred_username" : username;
        givenName = givenName == null ? "given_name" : givenName;
        familyName = familyName == null ? "family_name" : familyName;
        email = email == null ? "email" : email;
        role = role == null ? "tto_role" : role;
        institution = institution == null ? "tto_institution" : institution;
        country = country == null ? "tto_country" : country;
    }
}
