package org.tto.disclosure;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: no update or delete is offered. */
public interface CaseHistoryRepository extends Repository<CaseHistoryEntry, Long> {

    CaseHistoryEntry save(CaseHistoryEntry entry);

    List<CaseHistoryEntry> findByDisclosureIdOrderByOccurredAtAscIdAsc(Long disclosureId);
}
