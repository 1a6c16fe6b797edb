package org.tto.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;

class BootstrapAdminTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void createsTheFirstAdminOfAnEmptyDatabase() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);

        new BootstrapAdmin(users, encoder, "root-admin", "a long enough secret").run(null);

        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().username()).isEqualTo("root-admin");
        assertThat(saved.getValue().role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("a long enough secret", saved.getValue().passwordHash().orElseThrow())).isTrue();
    }

    @Test
    void doesNothingOnceAnAdminExistsOrWithoutAPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(true);
        new BootstrapAdmin(users, encoder, "admin", "a long enough secret").run(null);
        new BootstrapAdmin(users, encoder, "admin", "").run(null);

        verify(users, never()).save(any());
    }

    @Test
    void refusesAShortPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);

        assertThatThrownBy(() -> new BootstrapAdmin(users, encoder, "admin", "short").run(null))
                .isInstanceOf(IllegalStateException.class);
        verify(users, never()).save(any());
    }
}
