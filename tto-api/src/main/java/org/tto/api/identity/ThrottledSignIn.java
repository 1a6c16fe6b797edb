package org.tto.api.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tto.audit.AuditEntry;
import org.tto.audit.AuditTrail;

/**
 * Wraps a sign-in (HTTP Basic, a personal API token): refuses it with 429 while the {@link SignInThrottle} says the
 * user name or the address must wait, counts each failure, clears the user name's count on success, and writes an
 * audit entry for every failed or refused sign-in.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final AuditTrail trail;
    private final java.time.Clock clock;

    ThrottledSignIn(AuthenticationProvider delegate, SignInThrottle throttle, AuditTrail trail, java.time.Clock clock) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.trail = trail;
        this.clock = clock;
    }

    /** Too many failed sign-ins: wait this long. */
    static class SignInThrottledException extends AuthenticationException {
        private final transient Duration wait;

        SignInThrottledException(Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }

        /** Whole seconds, rounded up, as Retry-After wants them. */
        long retryAfterSeconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication instanceof UsernamePasswordAuthenticationToken ? authentication.getName()
                : null;
        Optional<HttpServletRequest> request = currentRequest();
        String address = request.map(HttpServletRequest::getRemoteAddr).orElseGet(() -> detailsAddress(authentication));
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            SignInThrottledException refused = new SignInThrottledException(wait.get());
            audit(request, username, address, 429, "429 Too many failed sign-ins: retry after "
                    + refused.retryAfterSeconds() + " s");
            throw refused;
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (result != null) {
                throttle.succeeded(username);
            }
            return result;
        } catch (AuthenticationException failed) {
            throttle.failed(username, address);
            audit(request, username, address, 401, "401 Sign-in failed: " + failed.getMessage());
            throw failed;
        } catch (RuntimeException unavailable) {
            // the credentials could not be checked (the database is away): not a failed sign-in, and not a 500;
            // the entry point answers 503 for it
            throw new InternalAuthenticationServiceException("The credentials could not be checked", unavailable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private void audit(Optional<HttpServletRequest> request, String username, String address, int status,
            String summary) {
        String who = "?" + (username == null ? "bearer" : username.substring(0, Math.min(username.length(), 60)));
        String action = "SIGN-IN " + request.map(r -> r.getMethod() + " " + r.getRequestURI()).orElse("");
        try {
            trail.record(new AuditEntry(Instant.now(clock), who, null, null, action, "sign-in", address, summary,
                    request.map(r -> r.getHeader("X-Request-Id")).filter(id -> id.matches("[A-Za-z0-9._:-]{1,64}"))
                            .orElseGet(() -> UUID.randomUUID().toString()), status));
        } catch (RuntimeException e) {
            log.error("Could not write the audit entry of a failed sign-in of {} from {}", who, address, e);
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static String detailsAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
