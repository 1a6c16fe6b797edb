package org.tto.api.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tto.identity.AppUser;
import org.tto.identity.CredentialChecks;
import org.tto.identity.Directory;

/**
 * HTTP Basic against the directory's local users, without paying BCrypt on every request: a successful verification
 * is remembered for a few minutes as a salted SHA-256 of the password, and each hit is checked against the user's
 * current credential version (one read through the unique index on the user name), so a password change or a
 * disabled user takes effect at once, on every node. A password that does not match the remembered one, and any
 * unknown user, pays the full BCrypt check.
 */
public class CachedPasswordAuthentication implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Directory directory;
    private final CredentialChecks checks;
    private final PasswordEncoder passwords;
    private final Cache<String, Verified> verified;
    private final String unknownUserHash;

    public CachedPasswordAuthentication(Directory directory, CredentialChecks checks, PasswordEncoder passwords) {
        this.directory = directory;
        this.checks = checks;
        this.passwords = passwords;
        this.verified = Caffeine.newBuilder().expireAfterWrite(REMEMBERED_FOR).maximumSize(10_000).build();
        this.unknownUserHash = passwords.encode("no user has this password " + RANDOM.nextLong());
    }

    /** A verification remembered: the salted digest of the password, the credential version it was true for. */
    private record Verified(byte[] salt, byte[] digest, long credentialVersion,
            List<GrantedAuthority> authorities) {

        boolean matches(String password) {
            return MessageDigest.isEqual(digest, CachedPasswordAuthentication.digest(salt, password));
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Verified remembered = verified.getIfPresent(username);
        if (remembered != null && remembered.matches(password)) {
            Optional<Long> current = checks.versionOfEnabled(username);
            if (current.isPresent() && current.get() == remembered.credentialVersion()) {
                return signedIn(username, remembered.authorities(), authentication);
            }
            verified.invalidate(username);
        }
        Optional<AppUser> user = directory.user(username).filter(u -> u.passwordHash().isPresent());
        if (user.isEmpty()) {
            passwords.matches(password, unknownUserHash);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!passwords.matches(password, user.get().passwordHash().orElseThrow())) {
            throw new BadCredentialsException("Bad credentials");
        }
        SimpleGrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + user.get().role().name());
        List<GrantedAuthority> authorities = user.get().mustChangePassword()
                ? List.of(role, new SimpleGrantedAuthority(EndpointRules.PASSWORD_CHANGE_REQUIRED)) : List.of(role);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        verified.put(username, new Verified(salt, digest(salt, password), user.get().credentialVersion(),
                authorities));
        return signedIn(username, authorities, authentication);
    }

    private static Authentication signedIn(String username, List<GrantedAuthority> authorities,
            Authentication request) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(username, null,
                authorities);
        result.setDetails(request.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
