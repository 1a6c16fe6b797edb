package org.tto.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * Changing local passwords: a user changes their own (giving the current one); an admin resets anybody's, and the
 * user must then choose a new one at the next sign-in. Either raises the credential version, so the old password
 * stops working at once on every node.
 */
@Service
@Transactional
public class Passwords {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    public Passwords(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public void changeOwn(Actor actor, String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(actor.username())
                .orElseThrow(() -> new NotFoundException("user", actor.username()));
        String hash = user.passwordHash().orElseThrow(() -> new InvalidInputException("currentPassword", "password.external",
                "You sign in through your institution's identity provider: change your password there."));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "password.wrong",
                    "This is not your current password.");
        }
        PasswordPolicy.require("newPassword", user.username(), newPassword);
        if (encoder.matches(newPassword, hash)) {
            throw new InvalidInputException("newPassword", "password.unchanged",
                    "Choose a password other than the current one.");
        }
        user.changePassword(encoder.encode(newPassword), false);
    }

    public void reset(Actor actor, String username, String newPassword) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only admins reset other users' passwords.");
        }
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        PasswordPolicy.require("newPassword", user.username(), newPassword);
        user.changePassword(encoder.encode(newPassword), !actor.username().equals(username));
    }
}
