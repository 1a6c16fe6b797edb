package org.tto.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: insert and read, nothing else (no update, no delete is offered to the application). */
public interface AuditLog extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select a from AuditEntry a
            where (:institutionId is null or a.institutionId = :institutionId)
              and (:entityType is null or a.entityType = :entityType)
              and (:entityId is null or a.entityId = :entityId)
              and (:username is null or a.username = :username)
              and (:from is null or a.occurredAt >= :from)
              and (:to is null or a.occurredAt < :to)
            """)
    Page<AuditEntry> search(@Param("institutionId") Long institutionId, @Param("entityType") String entityType,
            @Param("entityId") String entityId, @Param("username") String username, @Param("from") Instant from,
            @Param("to") Instant to, Pageable pageable);
}
