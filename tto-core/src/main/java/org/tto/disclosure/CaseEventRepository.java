package org.tto.disclosure;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: no update or delete is offered. */
public interface CaseEventRepository extends Repository<CaseEvent, Long> {

    CaseEvent save(CaseEvent event);

    List<CaseEvent> findByDisclosureIdOrderByOccurredAtAscIdAsc(Long disclosureId);
}
