package org.tto.api.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.tto.identity.ApiToken;
import org.tto.identity.ApiTokens;
import org.tto.identity.CredentialChecks;

/**
 * A personal API token as a bearer token: its owner, in their role, while it is neither revoked nor expired. A token
 * once looked up is remembered for a few minutes (by its SHA-256); every request that uses it still asks whether it
 * is revoked or its owner disabled (one read by its key), so a revocation takes effect at once on every node.
 */
class PersonalTokenAuthentication implements AuthenticationProvider {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final ApiTokens tokens;
    private final CredentialChecks checks;
    private final Clock clock;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(10_000).build();

    PersonalTokenAuthentication(ApiTokens tokens, CredentialChecks checks, Clock clock) {
        this.tokens = tokens;
        this.checks = checks;
        this.clock = clock;
    }

    private static final class Verified {
        final long id;
        final String username;
        final List<GrantedAuthority> authorities;
        final Instant expiresAt;
        volatile Instant lastMarked;

        Verified(ApiToken token, Instant now) {
            this.id = token.id();
            this.username = token.owner().username();
            this.authorities = List.of(new SimpleGrantedAuthority("ROLE_" + token.owner().role().name()));
            this.expiresAt = token.expiresAt();
            this.lastMarked = now;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
        String hash = ApiTokens.sha256(secret);
        Verified remembered = verified.getIfPresent(hash);
        if (remembered != null) {
            Instant now = clock.instant();
            if (now.isBefore(remembered.expiresAt) && checks.tokenLive(remembered.id)) {
                if (remembered.lastMarked.isBefore(now.minus(Duration.ofMinutes(1)))) {
                    remembered.lastMarked = now;
                    tokens.markUsed(remembered.id);
                }
                return signedIn(remembered, authentication);
            }
            verified.invalidate(hash);
            throw invalid();
        }
        ApiToken token = tokens.authenticate(secret).orElseThrow(PersonalTokenAuthentication::invalid);
        Verified fresh = new Verified(token, clock.instant());
        verified.put(hash, fresh);
        return signedIn(fresh, authentication);
    }

    private static Authentication signedIn(Verified token, Authentication request) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                token.username, null, token.authorities);
        result.setDetails(request.getDetails());
        return result;
    }

    private static OAuth2AuthenticationException invalid() {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                "The token is unknown, expired or revoked.", null));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
