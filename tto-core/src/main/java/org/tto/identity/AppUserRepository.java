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

    /** The enabled users of an institution with one of these roles: whom a case's notices go to. */
    List<AppUser> findByInstitution_IdAndRoleInAndEnabledTrue(Long institutionId, Collection<Role> roles);
}
