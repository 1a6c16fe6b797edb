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
 * Writes the audit log (in a transaction of its own, so a refused or failed request is recorded even though its own
 * work was rolled back) and reads it for admins (everything) and directors (their institution's users).
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
