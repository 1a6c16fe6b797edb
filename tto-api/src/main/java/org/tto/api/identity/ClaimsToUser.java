package org.tto.api.identity;

import java.util.Locale;
import java.util.function.Function;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.identity.Role;

/**
 * The user an identity provider's claims name, provisioned or brought up to date in the directory: one mapping for
 * the API's bearer tokens ({@link JwtToUser}) and the pages' OpenID Connect sign-in ({@link PageOidcUsers}).
 */
final class ClaimsToUser {

    private ClaimsToUser() {}

    /**
     * @param claim the value of a claim by its name, or null
     * @throws IllegalArgumentException when the claims name no user or role, or do not make a valid user
     */
    static AppUser provision(Directory directory, OidcClaims claims, Function<String, String> claim) {
        String username = claim.apply(claims.username());
        String roleName = claim.apply(claims.role());
        if (username == null || username.isBlank() || roleName == null) {
            throw new IllegalArgumentException("the claims name no user or no role (claims " + claims.username()
                    + ", " + claims.role() + ")");
        }
        Role role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
        AppUser user = directory.provision(username.toLowerCase(Locale.ROOT),
                orDefault(claim.apply(claims.givenName()), username),
                orDefault(claim.apply(claims.familyName()), "-"),
                claim.apply(claims.email()), role, claim.apply(claims.institution()),
                claim.apply(claims.country()));
        if (!user.enabled()) {
            // an admin disabled the user here: the provider's word does not bring them back
            throw new IllegalArgumentException("user " + user.username() + " is disabled");
        }
        return user;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
