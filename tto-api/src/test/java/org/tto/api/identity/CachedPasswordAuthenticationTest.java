package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tto.identity.AppUser;
import org.tto.identity.CredentialChecks;
import org.tto.identity.Directory;
import org.tto.identity.Role;

/** The fast path of HTTP Basic: BCrypt once, then the remembered digest and the credential version. */
class CachedPasswordAuthenticationTest {

    /** BCrypt at its lowest cost, counting its checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final Directory directory = mock(Directory.class);
    private final CredentialChecks checks = mock(CredentialChecks.class);
    private CachedPasswordAuthentication provider;

    @BeforeEach
    void reviewer() {
        AppUser reviewer = AppUser.global("reviewer", encoder.encode("correct horse battery"), "R", "V", null,
                Role.REVIEWER);
        when(directory.user("reviewer")).thenReturn(Optional.of(reviewer));
        when(checks.versionOfEnabled("reviewer")).thenReturn(Optional.of(0L));
        provider = new CachedPasswordAuthentication(directory, checks, encoder);
        encoder.checks.set(0);
    }

    @Test
    void aRepeatedSignInPaysBcryptOnce() {
        for (int i = 0; i < 5; i++) {
            Authentication result = provider.authenticate(basic("reviewer", "correct horse battery"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo("reviewer");
            assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_REVIEWER");
        }
        assertThat(encoder.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordPaysBcryptEveryTimeEvenAfterASuccess() {
        provider.authenticate(basic("reviewer", "correct horse battery"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(basic("reviewer", "wrong horse battery")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(4);
    }

    @Test
    void anUnknownUserPaysBcryptToo() {
        assertThatThrownBy(() -> provider.authenticate(basic("nobody", "whatever it is")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks).hasValue(1);
    }

    @Test
    void aNewCredentialVersionEndsTheRememberedSignIn() {
        provider.authenticate(basic("reviewer", "correct horse battery"));
        when(checks.versionOfEnabled("reviewer")).thenReturn(Optional.of(1L));
        AppUser changed = AppUser.global("reviewer", encoder.encode("a new long password"), "R", "V", null,
                Role.REVIEWER);
        when(directory.user("reviewer")).thenReturn(Optional.of(changed));
        encoder.checks.set(0);
        assertThatThrownBy(() -> provider.authenticate(basic("reviewer", "correct horse battery")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks).hasValue(1);
    }

    @Test
    void aDisabledUserIsRefusedAtOnce() {
        provider.authenticate(basic("reviewer", "correct horse battery"));
        when(checks.versionOfEnabled("reviewer")).thenReturn(Optional.empty());
        when(directory.user("reviewer")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> provider.authenticate(basic("reviewer", "correct horse battery")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static Authentication basic(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
