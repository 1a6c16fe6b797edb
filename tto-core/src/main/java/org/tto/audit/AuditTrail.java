package org.tto.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.shared.ForbiddenException;

/**
 * Writes the audit log and reads it for admins (everything) and directors (their institution's users). An accepted
 * change's entry is written in the change's own transaction ({@link #recordInTransaction}), so the change never
 * commits without it; a refused or failed request's entry in a transaction of its own ({@link #record}), as its
 * work was rolled back.
 */
@Service
public class AuditTrail {

    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = log;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry record(AuditEntry entry) {
        return log.save(entry);
    }

    /** In the transaction of the change it records: both commit, or neither. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry recordInTransaction(AuditEntry entry) {
        return log.save(entry);
    }

    /** A search of the log; {@code to} is exclusive. */
    public record Search(String entityType, String entityId, String username, Instant from, Instant to, int page,
            int size) {}

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Actor actor, Search search) {
        Long institution = switch (actor.role()) {
            case ADMIN -> null;
            case DIRECTOR -> actor.institutionId();
            default -> throw new ForbiddenException("The audit log is for admins, and for directors of their "
                    + "institution.");
        };
        return log.search(institution, search.entityType(), search.entityId(), search.username(), search.from(),
                search.to(), PageRequest.of(search.page(), search.size(),
                        Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
    }
}
