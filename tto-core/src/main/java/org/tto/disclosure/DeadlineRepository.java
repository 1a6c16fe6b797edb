package org.tto.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByDisclosureIdOrderByDueDate(Long disclosureId);

    boolean existsByFilingId(Long filingId);

    List<Deadline> findByStatusOrderById(Deadline.Status status);

    List<Deadline> findByFilingIdAndRuleId(Long filingId, String ruleId);
}
