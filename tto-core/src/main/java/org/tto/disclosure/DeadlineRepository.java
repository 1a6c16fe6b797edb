package org.tto.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByDisclosureIdOrderByDueDate(Long disclosureId);

    boolean existsByFilingId(Long filingId);
}
