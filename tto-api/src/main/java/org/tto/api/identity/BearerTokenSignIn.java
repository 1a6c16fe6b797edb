package org.tto.api.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.tto.identity.ApiTokens;

/**
 * Who checks a bearer token: personal API tokens (they start with {@code tto_}) are looked up in the directory; any
 * other token is an OpenID Connect provider's access token, when one is configured.
 */
class BearerTokenSignIn implements AuthenticationManagerResolver<HttpServletRequest> {

    private final AuthenticationManager personalTokens;
    private final AuthenticationManager identityProvider;

    /** @param identityProvider null when no OpenID Connect provider is configured */
    BearerTokenSignIn(AuthenticationManager personalTokens, AuthenticationManager identityProvider) {
        this.personalTokens = personalTokens;
        this.identityProvider = identityProvider;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return isPersonalToken(request) || identityProvider == null ? personalTokens : identityProvider;
    }

    private static boolean isPersonalToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.substring(7).strip().startsWith(ApiTokens.PREFIX);
    }
}
