package org.tto.api.identity;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;

/**
 * Turns a verified access token into a user of the directory: its claims name the user, the role and the scope
 * (see {@link OidcClaims}); the user is provisioned or updated, and authenticated with the single authority
 * {@code ROLE_<ROLE>} as local users are. Claims that do not make a valid user are an invalid token (401).
 */
class JwtToUser implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Directory directory;
    private final OidcClaims claims;

    JwtToUser(Directory directory, OidcClaims claims) {
        this.directory = directory;
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            AppUser user = ClaimsToUser.provision(directory, claims, jwt::getClaimAsString);
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())),
                    user.username());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static OAuth2AuthenticationException invalid(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", why, null), why);
    }
}
