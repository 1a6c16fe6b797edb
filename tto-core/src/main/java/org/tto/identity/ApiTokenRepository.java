package org.tto.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with this hash and its owner, in one read through the unique index on the hash. */
    @Query("select t from ApiToken t join fetch t.owner o left join fetch o.institution where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(@Param("hash") String hash);

    @Query("select t from ApiToken t join fetch t.owner where t.id = :id")
    Optional<ApiToken> findWithOwner(@Param("id") long id);

    @Query("select t from ApiToken t join fetch t.owner o where o.username = :username order by t.id")
    List<ApiToken> findByOwner(@Param("username") String username);

    /** Marks the token used, at most once a minute (a write per request would cost more than the read). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
