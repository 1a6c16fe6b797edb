package org.tto.api.identity;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.tto.audit.AuditTrail;
import org.tto.identity.ApiTokens;
import org.tto.identity.CredentialChecks;
import org.tto.identity.Directory;

/** How callers sign in: HTTP Basic on the fast path, personal API tokens, OpenID Connect tokens; all throttled. */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    /**
     * HTTP Basic with local users from the directory, remembered for a few minutes after a successful BCrypt check
     * (see {@link CachedPasswordAuthentication}), throttled; the role becomes the single authority
     * {@code ROLE_<ROLE>}. The only authentication provider bean, so Spring Security's shared manager uses it.
     */
    @Bean
    AuthenticationProvider passwordAuthentication(Directory directory, CredentialChecks checks,
            PasswordEncoder passwords, SignInThrottle throttle, AuditTrail trail, Clock clock) {
        return new ThrottledSignIn(new CachedPasswordAuthentication(directory, checks, passwords), throttle, trail,
                clock);
    }

    @Bean
    BearerTokenSignIn bearerTokenSignIn(ApiTokens tokens, CredentialChecks checks,
            ObjectProvider<JwtDecoder> jwtDecoder, Directory directory, OidcClaims claims, SignInThrottle throttle,
            AuditTrail trail, Clock clock) {
        ProviderManager personal = new ProviderManager(
                new ThrottledSignIn(new PersonalTokenAuthentication(tokens, checks, clock), throttle, trail, clock));
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        ProviderManager oidc = null;
        if (decoder != null) {
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
            jwt.setJwtAuthenticationConverter(new JwtToUser(directory, claims));
            oidc = new ProviderManager(jwt);
        }
        return new BearerTokenSignIn(personal, oidc);
    }
}
