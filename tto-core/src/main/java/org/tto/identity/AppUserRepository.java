package org.tto.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "institution")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    /** The enabled users of an institution with one of these roles. */
    List<AppUser> findByInstitution_IdAndRoleInAndEnabledTrue(Long institutionId, Collection<Role> roles);

    /**
     * Whom a notice about one of the institution's cases goes to: the e-mail addresses of its enabled users with one
     * of these roles (its officers, its director). Every case notice (deadlines, licences, start-ups) asks here.
     */
    default List<String> noticeRecipients(long institutionId, Collection<Role> roles) {
        return findByInstitution_IdAndRoleInAndEnabledTrue(institutionId, roles).stream().map(AppUser::email).toList();
    }
}
