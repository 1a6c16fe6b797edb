package org.tto.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "institution")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);
}
