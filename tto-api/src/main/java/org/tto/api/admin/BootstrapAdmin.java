package org.tto.api.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;

/**
 * The first admin of a fresh production database: with {@code TTO_ADMIN_PASSWORD} set (at least 12 characters), an
 * admin {@code TTO_ADMIN_USERNAME} (default {@code admin}) is created when the database has no admin yet. Nothing
 * happens once any admin exists, so the variable can stay set.
 */
@Component
@ConditionalOnProperty("tto.bootstrap-admin.password")
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    BootstrapAdmin(AppUserRepository users, PasswordEncoder passwords,
            @Value("${tto.bootstrap-admin.username:admin}") String username,
            @Value("${tto.bootstrap-admin.password}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("TTO_ADMIN_PASSWORD must have at least 12 characters");
        }
        users.save(AppUser.global(username, passwords.encode(password), "First", "Admin", null, Role.ADMIN));
        log.info("Created the first admin '{}'", username);
    }
}
